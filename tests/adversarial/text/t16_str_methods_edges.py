import asyncio


async def main():
    print("a,b,,c".split(","), "".split(","), "".split(), "  a  b ".split(" "), "a b c".split(None, 1), "a b c".split(maxsplit=1))
    try:
        "abc".split("")
    except ValueError as e:
        print(e)
    print("aaa".replace("a", "b", 2), "abc".replace("", "-"), "aaaa".count("aa"), "abc".count(""), "".count(""))
    print("abc".startswith(("x", "a")), "abc".endswith(""), "".join([]), "abc".replace("b", ""), "a-b".split("-", 0))
    try:
        ",".join(["a", 1])
    except TypeError as e:
        print(e)
    try:
        "x".startswith(["a"])
    except TypeError as e:
        print(e)
    print("abc".startswith("b", 1), "abc".endswith("b", 0, 2), "aXbXc".split("X", -1), "abcabc".count("bc", 2))
    print("a b".split(" ", 5), "  x  ".split(None), "1,2".split(",", maxsplit=-1), "aaa".replace("a", "aa", -1))


asyncio.run(main())
