import asyncio


async def main():
    await asyncio.sleep(0)
    print("xxhixx".strip("x"), "abcba".strip("ab"), "abcba".strip("ba"))
    print(repr("www.example.com".strip("cmowz.")), repr("...".strip(".")))
    print(repr("  hi  ".strip("")), repr("  hi  ".strip(None)), repr("hi\n\n".rstrip("\n")))
    print(repr("aXbXc".lstrip("a")), repr("aaab".lstrip("a")), repr("baaa".rstrip("a")))
    print(repr("".strip("x")), repr("xyz".strip("xyz")), repr("123abc321".strip("0123456789")))


asyncio.run(main())
