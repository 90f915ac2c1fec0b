import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)


async def worker():
    tasks = [asyncio.create_task(fail(i, 0.1)) for i in range(3)]
    extra = {"e": asyncio.create_task(fail("e", 0.1))}
    await asyncio.sleep(0.2)
    raise RuntimeError("worker")


async def main():
    asyncio.create_task(worker())
    await asyncio.sleep(0.5)
    print("end")


asyncio.run(main())
