import asyncio


async def main():
    x = 5
    y = 5.0
    s = "b"
    await asyncio.sleep(0)
    print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0 == True, 0 <= x < 10, "a" < s < "c", 1 < 2 > 1, x == y == 5)
    print(x < y <= 5, 1 < 3 > 2 < 4, x != y != x, None is None is not False, 1 in [1] in [[1]])
    print(0 < x and x < 10, not 0 < x, not x == y, x is not None)


asyncio.run(main())
