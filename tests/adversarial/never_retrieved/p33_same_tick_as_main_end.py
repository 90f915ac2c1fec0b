import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)


async def main():
    t = asyncio.create_task(fail("held", 0.1))
    asyncio.create_task(fail("unstored", 0.1))
    await asyncio.sleep(0.1)
    print("main done")


asyncio.run(main())
