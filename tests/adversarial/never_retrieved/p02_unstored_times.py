import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)


async def main():
    asyncio.create_task(fail("a", 0.3))
    asyncio.create_task(fail("b", 0.1))
    asyncio.create_task(fail("c", 0.2))
    asyncio.create_task(fail("d", 0.15))
    await asyncio.sleep(0.5)
    print("end")


asyncio.run(main())
