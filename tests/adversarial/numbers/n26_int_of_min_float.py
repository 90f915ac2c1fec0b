import asyncio


async def main():
    x = int(-9.223372036854776e18)
    print(x, x + 1)


asyncio.run(main())
