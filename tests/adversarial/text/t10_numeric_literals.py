import asyncio


async def main():
    print(1_000_000, 0_0, 00, 000, 1_2_3)
    print(1e3, 1E-3, .5, 5., 1_0.0_1, 0e0, 1_0e1_0, 0.000_001)


asyncio.run(main())
