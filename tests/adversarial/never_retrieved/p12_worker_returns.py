import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)


async def marker():
    return 0


async def worker():
    t = asyncio.create_task(fail("inner", 0.1))
    await asyncio.sleep(0.2)
    marker()
    return "done"


async def main():
    r = await worker()
    marker()
    w = asyncio.create_task(worker())
    await asyncio.sleep(0.5)
    marker()
    print(r, w.result())


asyncio.run(main())
