import asyncio

async def main():
    print([1, 2].pop(None))

asyncio.run(main())
