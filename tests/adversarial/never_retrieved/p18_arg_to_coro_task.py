import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)


async def marker():
    return 0


async def holder(t, d):
    await asyncio.sleep(d)
    print("holder done", d)


async def main():
    asyncio.create_task(holder(asyncio.create_task(fail("a", 0.1)), 0.3))
    h = asyncio.create_task(holder(asyncio.create_task(fail("b", 0.1)), 0.2))
    await asyncio.sleep(0.25)
    marker()
    await asyncio.sleep(0.1)
    marker()
    print("end")


asyncio.run(main())
