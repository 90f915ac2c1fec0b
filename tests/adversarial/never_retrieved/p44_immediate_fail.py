import asyncio


async def boom(name):
    raise ValueError(name)


async def marker():
    return 0


async def main():
    asyncio.create_task(boom("x"))
    t = asyncio.create_task(boom("y"))
    await asyncio.sleep(0)
    marker()
    await asyncio.sleep(0)
    marker()
    t = 1
    marker()
    print("end")


asyncio.run(main())
