import asyncio


async def main():
    x = 1
    y = "ab"["c"] if x == 2 else [1](2)
    print(y)


asyncio.run(main())
