import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)


async def marker():
    return 0


async def main():
    lst = [asyncio.create_task(fail(i, 0.1)) for i in range(6)]
    await asyncio.sleep(0.2)
    marker()
    lst.pop(0)
    marker()
    x = lst.pop()
    marker()
    lst[0] = None
    marker()
    lst = lst[1:3]
    marker()
    print(len(lst))
    x = 0
    marker()
    lst.pop(1)
    marker()
    print("end")


asyncio.run(main())
