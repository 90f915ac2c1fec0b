import asyncio


async def main():
    print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("\\"), repr(""))
    print(repr("\t\n\r\x00\x7f\x1b"), repr("\x80\x9f\xa0\xad"), repr("é"), repr("\u200b"))
    print(repr("\u2028"), repr("\u0378"), repr("\ue000"), repr("\ufffd"), repr("\uffff"))
    print(["a'b", 'a"b', "a'\"b"], ("\n",), {"k\t": "v\x01"})
    print(repr("\U000e0001"), repr("\U0010ffff"), repr("\u00a0x"), repr("\u3000"), repr("\x1c"))


asyncio.run(main())
