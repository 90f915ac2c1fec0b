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
    g = asyncio.gather(fail("a", 0.1), ok(0.2))
    await asyncio.sleep(0.3)
    marker()
    g = None
    marker()
    asyncio.gather(ok(0.1), fail("b", 0.2))
    await asyncio.sleep(0.3)
    marker()
    print("end")


asyncio.run(main())
