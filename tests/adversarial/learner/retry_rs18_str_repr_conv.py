import asyncio


async def main():
    await asyncio.sleep(0)
    print(str(True), str(None), repr("it's"), repr('say "hi"'), repr("both ' and \""))
    print(repr("\n\t\\"), repr("\x00\x7f"), repr("é"), repr("\u200b"), repr("\x80"), repr("\r"))
    print(str([1.0, "a", None]), str((1,)), str(()), repr(""), repr([""]), str(["it's"]))
    print(int("  42 "), int("-7"), float(" 1.5 "), float("1e3"), int(3.9), int(-3.9), float(3), int("1_000"))
    print(bool(""), bool("0"), bool(" "), float("-0"), float(".5"), float("inf"), float("-nan"), int("+5"))
    print(str(1e100), str(-1.0), str(10 ** 18), repr(2 ** 62))


asyncio.run(main())
