import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)


async def marker():
    return 0


async def waiter(name):
    try:
        await asyncio.create_task(fail(name, 0.1))
    except ValueError:
        marker()
        print("waiter caught", name)
    await asyncio.sleep(0.1)
    marker()
    return name


async def main():
    w = asyncio.create_task(waiter("w"))
    await asyncio.sleep(0.05)
    r = await waiter("direct")
    marker()
    await w
    print(r, "end")


asyncio.run(main())
