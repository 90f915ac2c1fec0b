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
    s = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(s, 0.1)
    except asyncio.TimeoutError:
        marker()
        print("timeout")
    marker()
    s = None
    marker()
    print("end")


asyncio.run(main())
