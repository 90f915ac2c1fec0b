import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)


async def marker():
    return 0


async def make():
    return (asyncio.create_task(fail("a", 0.1)), asyncio.create_task(fail("b", 0.1)), 3)


async def main():
    x = await make()
    await asyncio.sleep(0.2)
    marker()
    x = None
    marker()
    await make()
    await asyncio.sleep(0.2)
    marker()
    print("end")


asyncio.run(main())
