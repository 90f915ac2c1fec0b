import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)


async def marker():
    return 0


async def slow():
    t = asyncio.create_task(fail("inner", 0.05))
    await asyncio.sleep(10)


async def main():
    try:
        await asyncio.wait_for(slow(), 0.1)
    except asyncio.TimeoutError:
        marker()
        print("timeout")
    marker()
    await asyncio.sleep(0.1)
    marker()
    print("end")


asyncio.run(main())
