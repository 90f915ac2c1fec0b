import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)


async def marker():
    return 0


async def main():
    asyncio.create_task(fail("a", 0.1))
    marker()
    await asyncio.sleep(0.2)
    marker()
    print("end")


asyncio.run(main())
