import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)


async def marker():
    return 0


async def slow(name):
    t = asyncio.create_task(fail(name, 0.05))
    await asyncio.sleep(10)


async def main():
    keep = None
    try:
        await asyncio.wait_for(slow("first"), 0.1)
    except asyncio.TimeoutError as e:
        keep = e
    marker()
    try:
        await asyncio.wait_for(asyncio.create_task(slow("second")), 0.1)
    except asyncio.TimeoutError:
        marker()
    marker()
    keep = None
    marker()
    print("end")


asyncio.run(main())
