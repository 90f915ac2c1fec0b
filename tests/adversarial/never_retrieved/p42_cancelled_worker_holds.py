import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)


async def marker():
    return 0


async def worker(name):
    t = asyncio.create_task(fail(name, 0.05))
    await asyncio.sleep(10)


async def main():
    w1 = asyncio.create_task(worker("w1"))
    w2 = asyncio.create_task(worker("w2"))
    await asyncio.sleep(0.1)
    w1.cancel()
    w2.cancel()
    await asyncio.sleep(0)
    marker()
    w1 = None
    marker()
    try:
        await w2
    except asyncio.CancelledError:
        marker()
        print("w2 cancelled")
    marker()
    print("end")


asyncio.run(main())
