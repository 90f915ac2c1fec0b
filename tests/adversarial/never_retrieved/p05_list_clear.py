import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)


async def marker():
    return 0


async def main():
    lst = [asyncio.create_task(fail(i, 0.1)) for i in range(3)]
    await asyncio.sleep(0.2)
    marker()
    lst.clear()
    marker()
    print(len(lst))


asyncio.run(main())
