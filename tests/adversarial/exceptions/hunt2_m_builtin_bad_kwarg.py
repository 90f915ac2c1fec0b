import asyncio

async def main():
    sorted([2, 1], keys=len)

asyncio.run(main())
