import asyncio


async def main():
    print(sorted(["aa", "b", "cc", "d"], key=len, reverse=True), max(["aa", "bb"], key=len), min(["aa", "bb"], key=len))
    print(sorted(["b", "A", "a", "B"]), sorted([3, 1, 2], reverse=True), min([], default=5), max("abc"))
    try:
        max([])
    except ValueError as e:
        print(e)
    try:
        min([], key=len)
    except ValueError as e:
        print(e)
    print(sum([0.1] * 10), sum([1, 2.5]), sum([[1], [2]], []), sum([(1,), (2,)], ()), sum([], 7))
    try:
        sum(["a"], "")
    except TypeError as e:
        print(e)
    try:
        sum([[1]])
    except TypeError as e:
        print(e)
    print(max(3, 9, 4), min((3, "a"), (3, "b")), max([[]], default=1))
    print(max([1, 2], default=0), min("zyx", key=str), sorted("bca", reverse=True), any(x > 1 for x in [0, 5]))


asyncio.run(main())
