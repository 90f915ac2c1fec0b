import asyncio


async def main():
    print(round(2**62 + 1), round(9007199254740993.0))
    print(round(123456789012345678, -3), round(-125, -1), round(135, -1), round(-135, -1))
    print(round(2**62 + 5, -1), round(2**62 + 15, -1), round(15, -1), round(25, -1))
    print(round(0.5), round(1.5), round(-0.5), round(2.5, 0), round(-0.0), round(-0.4, 0))
    print(round(5e-324, 323), round(1.25, 1), round(1.35, 1), round(2.675, 2))
    print(round(123.456, -1), round(123.456, -2), round(-123.456, -3), round(1e15 + 0.5))
    print(round(7, 2), round(7.0, 2), round(1e300, -300), round(0.1, 400))


asyncio.run(main())
