import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)


async def marker():
    return 0


async def main():
    t = asyncio.create_task(fail("a", 0.1))
    u = asyncio.create_task(fail("b", 0.1))
    await asyncio.sleep(0.2)
    try:
        t.result()
    except ValueError:
        print("caught")
    marker()
    print("end")


asyncio.run(main())
