import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)


async def other():
    return 1


async def main():
    lst = [asyncio.create_task(fail("a", 0.1)), asyncio.create_task(fail("b", 0.1))]
    c = other()
    await asyncio.sleep(0.2)
    try:
        lst[0].result()
    except ValueError:
        raise RuntimeError("wrapped")


asyncio.run(main())
