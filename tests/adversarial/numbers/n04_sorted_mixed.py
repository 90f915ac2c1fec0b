import asyncio


async def main():
    a = 9007199254740993
    b = 9007199254740992.0
    print(sorted([a, b, 9007199254740994, 9007199254740992]))
    print(sorted([9007199254740992, b]), sorted([b, 9007199254740992]))
    print(max(a, b), min(a, b), max(b, a - 1), max(a - 1, b))
    print(min(1, 1.0), min(1.0, 1), max([2, 2.0]), max([2.0, 2]))
    print(sorted([2.0, 1, 2, 1.0]), sorted([2.0, 1, 2, 1.0], reverse=True))
    print(sorted([True, 1, 1.0, 0, False, 0.0]))
    big = 9223372036854775807
    print(max(big, 9.223372036854776e18), min(big, 9.223372036854776e18))
    print(sorted([9.223372036854776e18, big, big - 1]))


asyncio.run(main())
