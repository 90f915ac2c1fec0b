import asyncio


async def counts(s):
    await asyncio.sleep(0)
    return [s.count("aa"), s.count(""), s.count("a"), s.count("aaaaaaaaaa")]


async def main():
    print(await asyncio.gather(counts("aaaaa"), counts(""), counts("banana"), counts("é aa é")))


asyncio.run(main())
