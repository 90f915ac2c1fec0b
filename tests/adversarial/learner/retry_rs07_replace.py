import asyncio


async def main():
    await asyncio.sleep(0)
    print("aaa".replace("a", "b"), "aaa".replace("aa", "b"), "aaaa".replace("aa", "a"))
    print(repr("abc".replace("", "-")), repr("".replace("", "x")), repr("".replace("a", "x")))
    print("hello world".replace("o", ""), "a.b.c".replace(".", ". "))


asyncio.run(main())
