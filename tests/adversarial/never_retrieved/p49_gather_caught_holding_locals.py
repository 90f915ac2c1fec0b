import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)


async def marker():
    return 0


async def main():
    extra = asyncio.create_task(fail("extra", 0.05))
    a = asyncio.create_task(fail("a", 0.1))
    b = asyncio.create_task(fail("b", 0.2))
    try:
        await asyncio.gather(a, b)
    except ValueError as e:
        print("caught", e)
    await asyncio.sleep(0.3)
    marker()
    print("end")


asyncio.run(main())
