import asyncio


async def main():
    for xs in [[1, "a"], ["a", 1], [1.5, None], [None, None], [[1], (1,)], [(1, 2), (1, "x")], [{}, {}]]:
        try:
            print(sorted(xs))
        except TypeError as e:
            print(e)
    try:
        print(sorted([[1], "ab", 3], key=len))
    except TypeError as e:
        print(e)
    try:
        print(max([1, "a", 2]))
    except TypeError as e:
        print(e)
    try:
        print(min("a", 1))
    except TypeError as e:
        print(e)
    print(sorted([[2, "b"], [1, 5], [2, "a"]]), sorted([(1,), (1, 0), ()]))


asyncio.run(main())
