import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)


async def marker():
    return 0


async def main():
    a = asyncio.create_task(fail("a", 0.1))
    b = asyncio.create_task(fail("b", 0.1))
    c = a
    lst = [b, a, b]
    await asyncio.sleep(0.2)
    a = None
    marker()
    c = None
    marker()
    b = None
    marker()
    lst.pop(0)
    marker()
    lst.pop(0)
    marker()
    lst.pop(0)
    marker()
    print("end")


asyncio.run(main())
