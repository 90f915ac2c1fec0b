import asyncio

async def main():
    print(type(asyncio.sleep).__name__)

asyncio.run(main())
