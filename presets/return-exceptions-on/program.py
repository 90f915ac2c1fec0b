import asyncio


async def square(x):
    return x * x


async def main():
    results = await asyncio.gather(
        square(20),
        square('ten'),
        square(100),
        return_exceptions=True,
    )
    print(results)


asyncio.run(main())
