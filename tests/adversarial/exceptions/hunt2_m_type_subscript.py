import asyncio

async def main():
    int[0]

asyncio.run(main())
