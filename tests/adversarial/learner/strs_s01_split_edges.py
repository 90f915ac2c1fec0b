import asyncio


async def work(s, sep):
    await asyncio.sleep(0)
    if sep is None:
        return s.split()
    return s.split(sep)


async def main():
    cases = [("a,,b", ","), ("", ","), (" a b ", " "), ("  a  b  ", None), ("", None),
             ("abc", "abc"), (",a,", ","), ("a--b--c", "--"), ("aaa", "aa"),
             ("\t x\n y \r\n", None), ("a b", "  "), ("   ", None), ("   ", " ")]
    res = await asyncio.gather(*(work(s, sep) for s, sep in cases))
    for (s, sep), r in zip(cases, res):
        print(repr(s), repr(sep), r, len(r))


asyncio.run(main())
