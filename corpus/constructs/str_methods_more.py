# str's padding, searching, cutting and ASCII classifying methods, with
# CPython's results and errors: a table of gathered results padded into
# columns, a log line parsed with partition and find.
import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return name, delay * 1000


def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


async def main():
    rows = await asyncio.gather(fetch("alpha", 0.2), fetch("b", 0.1), fetch("gamma-ray", 0.3))
    print("name".ljust(10, ".") + "ms".rjust(6) + "|" + "note".center(9, "*") + "|")
    for name, ms in rows:
        print(name.ljust(10) + str(int(ms)).zfill(6) + "|" + name[:3].center(9) + "|")
    line = "2026-12-05 level=INFO msg=ready\nsecond line\r\nthird\rfourth\x0bfifth\x1csixth\x85end"
    head, sep, tail = line.partition(" ")
    print(head, repr(sep), tail.find("msg"), tail.rfind("e"), tail.index("level"), line.rpartition("=")[2][:5])
    print(line.splitlines(), line.splitlines(True)[:2], "a\n\nb\n".splitlines(), "".splitlines(), "x".splitlines(keepends=True))
    print("v1.2.3".removeprefix("v"), "data.json".removesuffix(".json"), "x".removeprefix("y"))
    for s in ["123", "", "12a", "abc", "ab1", " \t\n", "\x1c", "ABC1", "abc!", "123", "aBc", "Hello World"]:
        print(repr(s), s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isupper(), s.islower(), s.swapcase())
    for label, f in [
        ("center0", lambda: "ab".center()),
        ("center3", lambda: "ab".center(1, 2, 3)),
        ("center str", lambda: "ab".center("x")),
        ("center fill2", lambda: "ab".center(6, "xy")),
        ("center fill int", lambda: "ab".center(6, 1)),
        ("center kw", lambda: "ab".center(width=6)),
        ("center odd", lambda: ("abc".center(6, "*"), "a".center(4), "ab".center(7, "*"), "ab".rjust(-1), "ab".ljust(True))),
        ("zfill", lambda: ("-42".zfill(5), "+4".zfill(4), "".zfill(3), "abc".zfill(2), "-".zfill(3), "é".zfill(3))),
        ("zfill str", lambda: "42".zfill("a")),
        ("zfill0", lambda: "42".zfill()),
        ("find", lambda: ("hello".find("l", 3), "hello".find("l", -2), "hello".find(""), "hello".find("", 10), "hello".find("", 5), "hello".find("l", None, 3), "héllo".find("l"), "hello".rfind("l", 0, 3), "hello".find("lo", -3, -1))),
        ("find0", lambda: "hello".find()),
        ("find int", lambda: "hello".find(1)),
        ("find str start", lambda: "hello".find("l", "a")),
        ("find4", lambda: "hello".find("l", 1, 2, 3)),
        ("find kw", lambda: "hello".find(sub="l")),
        ("index", lambda: "hello".index("z")),
        ("rindex", lambda: "hello".rindex("z")),
        ("partition", lambda: ("abc".partition("="), "a=b=c".rpartition("="), "abc".rpartition("="))),
        ("partition empty", lambda: "abc".partition("")),
        ("partition int", lambda: "abc".partition(1)),
        ("partition0", lambda: "abc".partition()),
        ("removeprefix int", lambda: "abc".removeprefix(1)),
        ("removesuffix0", lambda: "abc".removesuffix()),
        ("isdigit1", lambda: "12".isdigit(1)),
        ("splitlines2", lambda: "x".splitlines(1, 2)),
        ("splitlines kw", lambda: "x".splitlines(foo=1)),
        ("splitlines str", lambda: "x".splitlines("a")),
    ]:
        t(label, f)


asyncio.run(main())
