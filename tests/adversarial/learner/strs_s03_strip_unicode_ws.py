import asyncio


async def clean(s):
    await asyncio.sleep(0)
    return [s.strip(), s.lstrip(), s.rstrip(), s.split()]


async def main():
    samples = [" \t\n\x0b\x0c hi \r", "\x1c\x1d\x1e\x1fa b\x85", "\xa0x\u2003y\u3000", "\u200bz\u200b"]
    for r in await asyncio.gather(*[clean(s) for s in samples]):
        print(r)


asyncio.run(main())
