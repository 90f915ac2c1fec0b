import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)


async def waiter(t, d):
    await asyncio.sleep(d)
    await t


async def main():
    t = asyncio.create_task(fail("shared", 0.1))
    asyncio.create_task(waiter(t, 0.2))
    asyncio.create_task(waiter(t, 0.05))
    t = None
    await asyncio.sleep(0.5)
    print("end")


asyncio.run(main())
