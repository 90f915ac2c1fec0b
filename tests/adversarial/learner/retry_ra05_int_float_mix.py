import asyncio


async def main():
    await asyncio.sleep(0)
    print(1 + 1.0, 3 / 3, 10 / 4, 1e16 + 1, int(1e16) + 1, 2 ** 53 + 1.0, 7 / 7 * 3, 1 / 3 * 3)
    print(True + True, True * 3.5, False - 1, -True, 3 * True, True / 2, True // 2, True % 2, True ** 2)
    print(10 ** 18 / 3, 2 ** 62 / 2, 7 // 2.0, 6 / 2 == 3, type(6 / 2).__name__, 0.1 * 3 == 0.3, 1 - 0.9)
    print(int(2.5) + 0.5, 1e3 == 1000, 10 ** 15 * 1.0, 123456789 * 1.0, 3 * 0.1, 100 * 1.1, 4.35 * 100)


asyncio.run(main())
