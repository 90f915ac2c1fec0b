import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)


async def marker():
    return 0


async def worker():
    t = asyncio.create_task(fail("checked", 0.1))
    u = asyncio.create_task(fail("unchecked", 0.1))
    await asyncio.sleep(0.2)
    try:
        t.result()
    except ValueError:
        pass
    return 1


async def main():
    await worker()
    marker()
    await asyncio.sleep(0.1)
    marker()
    print("end")


asyncio.run(main())
