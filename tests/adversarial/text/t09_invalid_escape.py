import asyncio


async def main():
    s = "\q\d"
    print(repr(s), len(s))


asyncio.run(main())
