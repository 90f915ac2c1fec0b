import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)


async def ok(d):
    await asyncio.sleep(d)
    return d


async def marker():
    return 0


async def main():
    g = asyncio.gather(asyncio.gather(fail("inner", 0.1), ok(0.05)), ok(0.3))
    await asyncio.sleep(0.2)
    marker()
    await asyncio.sleep(0.2)
    marker()
    g = None
    marker()
    print("end")


asyncio.run(main())
