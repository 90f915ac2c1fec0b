import asyncio


async def main():
    s = "a\ud800b"
    print(repr(s), len(s))
    print("before")
    print(s)


asyncio.run(main())
