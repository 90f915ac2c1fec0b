import asyncio


async def main():
    await asyncio.sleep(0)
    print("" in "abc", "" in "", "ab" in "cab", "ba" in "cab", "a" not in "xyz")
    print("ab" * 3, repr("ab" * 0), repr("ab" * -1), 3 * "x", "-" * 10)
    print("a" < "b", "Z" < "a", "abc" < "abd", "ab" < "abc", "" < "a", "é" > "z", "10" < "9")
    print(max("hello"), min("hello"), max(["apple", "Banana", "cherry"]), sorted("bAcA"))
    print("abc" == "abc", "abc" != "ABC", "a" <= "a", "b" >= "c")


asyncio.run(main())
