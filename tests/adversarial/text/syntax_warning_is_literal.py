import asyncio


async def main():
    x = None
    print(x is "a", x is not 1.5, x is (1, 2), x is -3, 1 is x, x is None)


asyncio.run(main())
