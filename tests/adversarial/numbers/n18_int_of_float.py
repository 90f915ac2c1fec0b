import asyncio


async def main():
    print(int(2.9), int(-2.9), int(1e18), int(-0.0), int(5e-324), int(-0.9999999999999999))
    print(int(9.2233720368547748e18), int(1e15 + 0.5))
    print(int(4503599627370497.5), int(-4503599627370496.5), int(True), int(False))
    print(int(9007199254740993.0), int(float(2**53 + 1)))


asyncio.run(main())
