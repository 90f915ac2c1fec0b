import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)


async def marker():
    return 0


async def main():
    t = asyncio.create_task(fail("a", 0.5))
    u = asyncio.create_task(fail("b", 0.1))
    await asyncio.sleep(0.05)
    t.cancel()
    await asyncio.sleep(0.1)
    marker()
    t = None
    marker()
    u = None
    marker()
    print("end")


asyncio.run(main())
