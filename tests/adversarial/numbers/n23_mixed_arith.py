import asyncio


async def main():
    a = 9007199254740993
    print(a + 0.0, a * 1.0, a - 9007199254740992.0, 2**62 + 0.5, a + 1.0 - a)
    print(True + True, True / 2, -True, True * 3.5, False - 1, True == 1.0)
    print(0.1 * 3, 0.1 + 0.1 + 0.1 == 0.3, 1e16 + 1, 1e16 + 2, 2**53 + 1.0)
    print(sum([0.1] * 10), sum([1e16, 1, -1e16]), sum([1, 1e100, 1, -1e100]))
    x = 5
    x /= 2
    print(x)
    y = 7
    y //= 2.0
    print(y)
    z = 2**62
    z += 0.5
    print(z)


asyncio.run(main())
