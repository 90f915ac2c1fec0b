import asyncio


async def main():
    await asyncio.sleep(0)
    print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] == [], [1] == [1.0], [1, 2] == (1, 2), (1, 2) < (1, 3))
    print([[1]] in [[1], [2]], (1, [2]) == (1, [2]), [1, "a"] < [2, 1], [] < [0], (2,) > (1, 9, 9))
    print([0.1 + 0.2] == [0.3], [True] == [1], [None] == [None], max([[1, 2], [1, 3], [0, 9]]))
    try:
        print([1, "a"] < [1, 2])
    except TypeError as e:
        print("TypeError", e)
    try:
        print([1] < (1,))
    except TypeError as e:
        print("TypeError", e)


asyncio.run(main())
