import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)


async def marker():
    return 0


async def worker():
    t = asyncio.create_task(fail("inner", 0.1))
    await asyncio.sleep(0.2)
    raise RuntimeError("worker")


async def main():
    try:
        await asyncio.create_task(worker())
    except RuntimeError:
        marker()
        print("caught")
    marker()
    await asyncio.sleep(0)
    marker()
    print("end")


asyncio.run(main())
