import asyncio


async def main():
    print(0x1F, 0o17, 0b101, 0x_1f, 0XAB, 0O7, 0B1)
    print(0xFFFFFFFF, 0x7FFFFFFFFFFFFFFF, -0x7FFFFFFFFFFFFFFF, 0o777)


asyncio.run(main())
