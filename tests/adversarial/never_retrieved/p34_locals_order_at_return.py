import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)


async def other():
    return 1


async def main():
    zed = asyncio.create_task(fail("zed", 0.1))
    c = other()
    alpha = asyncio.create_task(fail("alpha", 0.1))
    mid = [asyncio.create_task(fail("m1", 0.1)), other()]
    await asyncio.sleep(0.2)
    print("end")


asyncio.run(main())
