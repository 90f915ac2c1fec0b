import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)


async def marker():
    return 0


def consume(lst):
    first = lst[0]
    lst.clear()
    marker()
    print("cleared")
    return 1


async def main():
    lst = [asyncio.create_task(fail("a", 0.1)), asyncio.create_task(fail("b", 0.1))]
    await asyncio.sleep(0.2)
    consume(lst)
    marker()
    print("end")


asyncio.run(main())
