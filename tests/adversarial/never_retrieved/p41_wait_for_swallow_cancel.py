import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)


async def marker():
    return 0


async def swallow():
    t = asyncio.create_task(fail("inner", 0.05))
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        marker()
        return "swallowed"


async def main():
    r = await asyncio.wait_for(swallow(), 0.1)
    marker()
    print(r)


asyncio.run(main())
