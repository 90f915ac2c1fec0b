import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)


async def marker():
    return 0


async def main():
    tup = (asyncio.create_task(fail("a", 0.1)), asyncio.create_task(fail("b", 0.1)), asyncio.create_task(fail("c", 0.1)))
    await asyncio.sleep(0.2)
    marker()
    tup = ()
    marker()
    print("end")


asyncio.run(main())
