import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)


async def other(x):
    return x


async def main():
    c = other(asyncio.create_task(fail("in-coro", 0.1)))
    t = asyncio.create_task(fail("t", 0.1))
    d = other(1)
    await asyncio.sleep(0.2)
    d = None
    c = None
    t = None
    print("end")


asyncio.run(main())
