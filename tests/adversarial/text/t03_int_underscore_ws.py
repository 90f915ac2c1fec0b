import asyncio


async def main():
    print(int("1_000"), int(" 42 "), int("\t-7\n"), int("+5"), int("-0"), int("0_0"), int("00"))
    print(int("\u3000 12\u3000"), int("\x855\xa0"), float(" 1_0.2_5 "), int("\x0b\x0c9\r"))
    for s in ["1__0", "_1", "1_", "+-1", "- 1", "1 2", "\x1c3\x1f", "\u200b4", "0b1", "1_ 0"]:
        try:
            print(int(s))
        except ValueError as e:
            print(e)
    for s in ["\x1c3.5", "\x1f2", " 2\x85"]:
        try:
            print(float(s))
        except ValueError as e:
            print(e)


asyncio.run(main())
