import asyncio

async def main():
    [].pop("x")

asyncio.run(main())
