import asyncio


async def main():
    print("a\x1cb".split(), "a\x1db\x1ec\x1fd".split(), "a\u3000b".split(), "a\x85b".split())
    print("a\xa0b".split(), "a\u200bb".split(), "a\u2028b\u2029c".split(), "a\u2007b\u202fc".split())
    print("a\x0bb\x0cc".split(), "  \t\n ".split(), "a\u180eb".split(), "a\ufeffb".split())
    print(len("x\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200a\u205fy".split()))
    print("a\u3000b".split(" "), "a b\u3000c".split(None, 1), "a\x85b".split("\x85"))


asyncio.run(main())
