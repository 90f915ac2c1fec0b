import asyncio


async def main():
    print("before")
    raise KeyError("")


asyncio.run(main())
