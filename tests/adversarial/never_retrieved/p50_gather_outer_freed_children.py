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
    g = asyncio.gather(ok(0.3), fail("a", 0.1))
    await asyncio.sleep(0.2)
    marker()
    g = None
    marker()
    await asyncio.sleep(0.2)
    marker()
    print("end")


asyncio.run(main())
