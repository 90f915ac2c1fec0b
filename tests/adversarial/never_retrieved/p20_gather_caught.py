import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)


async def ok(d):
    await asyncio.sleep(d)
    return d


async def main():
    try:
        await asyncio.gather(fail("a", 0.1), fail("b", 0.2), ok(0.3))
    except ValueError as e:
        print("caught", e)
    await asyncio.sleep(0.5)
    print("end")


asyncio.run(main())
