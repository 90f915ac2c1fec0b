import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)


async def holder(b, a):
    x = asyncio.create_task(fail("x", 0.05))
    await asyncio.sleep(0.2)
    return 1


async def main():
    await holder(asyncio.create_task(fail("b", 0.1)), asyncio.create_task(fail("a", 0.1)))
    print("end")


asyncio.run(main())
