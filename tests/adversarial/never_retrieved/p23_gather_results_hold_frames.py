import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)


async def marker():
    return 0


async def child(name):
    inner = asyncio.create_task(fail("inner-" + name, 0.05))
    await asyncio.sleep(0.1)
    raise KeyError(name)


async def main():
    res = await asyncio.gather(child("x"), child("y"), return_exceptions=True)
    marker()
    print(len(res))
    res = None
    marker()
    await asyncio.sleep(0)
    marker()
    print("end")


asyncio.run(main())
