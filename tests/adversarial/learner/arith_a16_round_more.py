import asyncio


async def main():
    await asyncio.sleep(0)
    print(round(0.5 + 1e-16), round(1.5, 0), round(-1.5, 0), round(2.5, -1), round(1e22, -22), round(1.05, 1), round(1.15, 1))
    print(round(1.25, 1), round(1.35, 1), round(-0.05, 1), round(0.049999999999999996, 1), round(1e16, 2), round(123, 0), round(123, 5))
    print(round(1.23456789e-10, 15), round(9.995, 2), round(99.995, 2), round(-123.456, -1), round(-5, -1), round(-15, -1), round(5e-324, 400))
    print(round(0.1 + 0.2, 10), round(2 / 3, 3), round(1234567.891, -3), round(4.5), round(-4.5), round(4.500001))


asyncio.run(main())
