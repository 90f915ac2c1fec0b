import asyncio


async def main():
    pairs = [[1, "a"], ["a", 1], [[1], (2,)], ["a", 2.0], [None, 1], [{}, {}], [(1,), [2]], ["a", None]]
    for p in pairs:
        a, b = p
        try:
            print(a + b)
        except TypeError as e:
            print("+", e)
        try:
            print(a * b)
        except TypeError as e:
            print("*", e)
        try:
            print(a < b)
        except TypeError as e:
            print("<", e)
    try:
        print(-"a")
    except TypeError as e:
        print(e)
    try:
        print("a" - "b")
    except TypeError as e:
        print(e)
    print([1, 2] * -1, "ab" * True, 3 * [0], (1,) * 2)


asyncio.run(main())
