import asyncio


async def val(x):
    return x


async def bad():
    raise ValueError("bad")


async def main():
    t1 = asyncio.create_task(val(1))
    t2 = asyncio.create_task(val(2))
    await asyncio.sleep(0)
    print(t1.done(), t2.done())
    print(await asyncio.gather(t2, t1, t2))
    print(await asyncio.gather())
    t3 = asyncio.create_task(bad())
    await asyncio.sleep(0)
    try:
        await asyncio.gather(t1, t3)
    except ValueError as e:
        print("ValueError", e)
    print(await asyncio.gather(t3, t1, return_exceptions=True))


asyncio.run(main())
