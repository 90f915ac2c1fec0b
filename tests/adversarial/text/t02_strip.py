import asyncio


async def main():
    print(repr(" \t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u3000 x ".strip()))
    print(repr("xxhixx".strip("x")), repr("abcba".strip("ab")), repr("  a  ".lstrip()), repr("  a  ".rstrip()))
    print(repr("".strip()), repr("www.example.com".strip("cmowz.")), repr("\u200bx\u200b".strip()))
    print(repr("aXbXa".strip("a")), repr("\u3000y\u3000".lstrip()), repr("  z".strip(None)), repr("abc".strip("")))
    print(repr("\x00a\x00".strip()), repr("\x00a\x00".strip("\x00")), repr("é e".strip("é")))


asyncio.run(main())
