import asyncio


async def main():
    print((1, "a") < (1, "b"), (1, "a") < (2, 3), [1] < [1, 0], [] < [0], (1, 2) == (1.0, 2.0))
    print([1, 2] == (1, 2), (1, 2) != [1, 2], [[1, 2]] == [(1, 2)], (1, (2, 3)) == (1, (2, 3.0)))
    for a, b in [[(1, 2), (1, "a")], [[1, 2], (1, 2)], [[1, [2, "x"]], [1, [2, 3]]], [(None,), (None,)], [("a",), (1,)]]:
        try:
            print(a < b)
        except TypeError as e:
            print(e)
    try:
        print((None,) <= (None,))
    except TypeError as e:
        print(e)
    print((None,) == (None,), [None] < [None, 1], (1, None) < (2, None), max([(1, "a"), (1, "b")]))
    print("abc" < "abd", "ab" < "abc", "" < "a", [1, 2, 3] > [1, 2], (3,) > (2, 9, 9))


asyncio.run(main())
