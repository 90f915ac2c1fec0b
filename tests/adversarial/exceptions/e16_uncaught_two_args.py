import asyncio


async def main():
    raise ValueError("a", 2)


asyncio.run(main())
