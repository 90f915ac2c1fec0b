import asyncio


async def main():
    print("ab" * 3, repr("ab" * 0), repr("ab" * -2), 3 * "x", repr("" * 100), "a" + "b" * 2)
    print("a" < "B", "Z" < "a", sorted(["b", "A", "é", "e", "Z"]), max("abc", "abd"), "é" > "z")
    print("abc" == "abc", "a" * 3 == "aaa", "A".lower() == "a", "ab" in "xaby", "10" < "9", "" < " ")
    print("a" * 2 * 3, ("ab" + "cd")[1:3], "x".join("abc"), "-".join(["a"]), "".join(("p", "q")))


asyncio.run(main())
