import asyncio

async def main():
    asyncio.wait_for()

asyncio.run(main())
