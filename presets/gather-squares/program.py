import asyncio


async def square(x):
    return x * x


async def main():
    results = await asyncio.gather(square(20), square(100), square(200))
    print(results)


asyncio.run(main())
