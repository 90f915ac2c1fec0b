import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)


async def marker():
    return 0


async def main():
    lst = [asyncio.create_task(fail("a", 0.1))]
    lst.append(lst)
    await asyncio.sleep(0.2)
    marker()
    lst = None
    marker()
    print("end")


asyncio.run(main())
