import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)


async def marker():
    return 0


async def main():
    t = asyncio.create_task(fail("a", 0.1))
    await asyncio.sleep(0.2)
    marker()
    t = asyncio.create_task(fail("b", 0.1))
    marker()
    await asyncio.sleep(0.2)
    marker()
    t = None
    marker()
    print("end")


asyncio.run(main())
