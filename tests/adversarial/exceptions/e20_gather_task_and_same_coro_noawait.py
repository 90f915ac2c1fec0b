import asyncio


async def g():
    print("g runs")
    return 2


async def main():
    c = g()
    t = asyncio.create_task(c)
    res = await asyncio.gather(t, c, return_exceptions=True)
    print(res)
    c2 = g()
    print(await asyncio.gather(c2, c2))


asyncio.run(main())
