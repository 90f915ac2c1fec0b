import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)


async def marker():
    return 0


async def main():
    for i in range(3):
        t = asyncio.create_task(fail(i, 0.1))
        await asyncio.sleep(0.2)
        marker()
    marker()
    print("end")


asyncio.run(main())
