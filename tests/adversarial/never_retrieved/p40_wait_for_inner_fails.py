import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)


async def marker():
    return 0


async def main():
    try:
        await asyncio.wait_for(fail("quick", 0.05), 0.1)
    except ValueError as e:
        print("caught", e)
    marker()
    t = asyncio.create_task(fail("slow", 0.5))
    try:
        await asyncio.wait_for(t, 0.1)
    except asyncio.TimeoutError:
        print("timeout", t.cancelled())
    marker()
    print("end")


asyncio.run(main())
