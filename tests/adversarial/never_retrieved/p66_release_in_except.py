import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)


async def marker():
    return 0


async def main():
    u = asyncio.create_task(fail("u", 0.1))
    t = asyncio.create_task(fail("t", 0.1))
    try:
        await t
    except ValueError:
        t = None
        print("caught")
    marker()
    u = None
    marker()
    print("end")


asyncio.run(main())
