import asyncio


async def main():
    m = -9223372036854775807 - 1
    print(m)
    print(m % 1, m % 2, m % -3, m % 3)
    print(m // 1, m // 2, m // -3, m // 3, m // m)
    print(m % m, m % 9223372036854775807, m // 9223372036854775807)
    print(m + 1, -(m + 1), abs(m + 1))


asyncio.run(main())
