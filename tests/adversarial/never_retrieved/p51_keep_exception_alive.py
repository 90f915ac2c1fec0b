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
    saved = None
    try:
        await worker()
    except RuntimeError as e:
        saved = e
    marker()
    await asyncio.sleep(0)
    marker()
    saved = None
    marker()
    print("end")


asyncio.run(main())
