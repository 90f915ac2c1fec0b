import asyncio


async def main():
    a = 9007199254740993
    b = 9007199254740992.0
    print(a == b, a != b, a < b, a > b, a <= b, a >= b)
    print(b == a, b < a, b > a, b != a)
    print(a == float(a), float(a), a - 1 == b)
    big = 9223372036854775807
    f = 9.223372036854776e18
    print(big == f, big < f, big > f, f > big, float(big) == f)
    m = -9223372036854775807 - 1
    print(m == -f, m < -f, m <= -f, -f == m)


asyncio.run(main())
