import asyncio


async def main():
    d = {}
    print("before")
    return d[(1, "a")]


asyncio.run(main())
