import asyncio


async def main():
    print(int("1_0", 16), int("0x_1f", 16), int("0_7", 8), int("Z", 36), int("-0b_11", 0))


asyncio.run(main())
