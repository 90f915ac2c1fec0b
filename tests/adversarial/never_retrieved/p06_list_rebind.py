import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)


async def marker():
    return 0


async def main():
    lst = []
    for i in range(4):
        lst.append(asyncio.create_task(fail(i, 0.1 * (4 - i))))
    await asyncio.sleep(0.5)
    marker()
    lst = [1]
    marker()
    print(lst)


asyncio.run(main())
