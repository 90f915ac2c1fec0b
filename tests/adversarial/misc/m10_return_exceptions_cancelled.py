import asyncio


async def sleeper(n, d):
    await asyncio.sleep(d)
    return n


async def bad():
    await asyncio.sleep(0.01)
    raise ValueError("bad one")


async def main():
    t1 = asyncio.create_task(sleeper(1, 0.01))
    t2 = asyncio.create_task(sleeper(2, 1))
    t3 = asyncio.create_task(bad())
    g = asyncio.gather(t1, t2, t3, return_exceptions=True)
    await asyncio.sleep(0.02)
    t2.cancel()
    res = await g
    print(res)
    print([type(r).__name__ for r in res])
    print([isinstance(r, BaseException) for r in res], isinstance(res[1], Exception))
    t4 = asyncio.create_task(sleeper(4, 1))
    t4.cancel()
    print(await asyncio.gather(t4, sleeper(5, 0), return_exceptions=True))


asyncio.run(main())
