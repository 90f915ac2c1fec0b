import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)


async def main():
    other = asyncio.create_task(fail("other", 0.1))
    t = asyncio.create_task(fail("awaited", 0.2))
    await t
    print("unreachable")


asyncio.run(main())
