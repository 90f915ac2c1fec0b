import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)


async def marker():
    return 0


def check(tasks):
    bad = [t for t in tasks]
    tasks.clear()
    raise KeyError("check")


async def main():
    tasks = [asyncio.create_task(fail("a", 0.1)), asyncio.create_task(fail("b", 0.1))]
    await asyncio.sleep(0.2)
    try:
        check(tasks)
    except KeyError:
        marker()
        print("caught")
    marker()
    print("end")


asyncio.run(main())
