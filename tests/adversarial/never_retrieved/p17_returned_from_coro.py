import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)


async def marker():
    return 0


async def make(name, d):
    return asyncio.create_task(fail(name, d))


async def main():
    t = await make("a", 0.1)
    await make("b", 0.15)
    await asyncio.sleep(0.2)
    marker()
    t = None
    marker()
    m = asyncio.create_task(make("c", 0.1))
    await asyncio.sleep(0.2)
    marker()
    m = None
    marker()
    print("end")


asyncio.run(main())
