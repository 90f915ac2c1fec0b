import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)


async def main():
    t = asyncio.create_task(fail("a", 0.1))
    lst = [asyncio.create_task(fail("b", 0.1)), asyncio.create_task(fail("c", 0.1))]
    await asyncio.sleep(0.2)
    raise RuntimeError("main failed")


asyncio.run(main())
