import asyncio

async def main():
    enumerate(start=1)

asyncio.run(main())
