import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)


async def marker():
    return 0


async def main():
    a = asyncio.create_task(fail("a", 0.1))
    b = asyncio.create_task(fail("b", 0.2))
    g = asyncio.gather(a, b)
    a = None
    b = None
    await asyncio.sleep(0.15)
    marker()
    await asyncio.sleep(0.1)
    marker()
    g = None
    marker()
    print("end")


asyncio.run(main())
