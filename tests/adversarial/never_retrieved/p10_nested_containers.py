import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)


async def marker():
    return 0


async def main():
    t1 = asyncio.create_task(fail(1, 0.1))
    t2 = asyncio.create_task(fail(2, 0.1))
    t3 = asyncio.create_task(fail(3, 0.1))
    t4 = asyncio.create_task(fail(4, 0.1))
    t5 = asyncio.create_task(fail(5, 0.1))
    lst = [(t1, t2), {"k": t3}, [t4, t5]]
    t1 = None
    t2 = None
    t3 = None
    t4 = None
    t5 = None
    await asyncio.sleep(0.2)
    marker()
    lst = None
    marker()
    print("end")


asyncio.run(main())
