import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)


async def cleaner():
    try:
        await asyncio.sleep(10)
    finally:
        asyncio.create_task(fail("late", 0))


async def main():
    c = asyncio.create_task(cleaner())
    await asyncio.sleep(0.1)
    print("main done")


asyncio.run(main())
