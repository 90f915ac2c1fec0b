import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


async def bad():
    c = foo()
    await asyncio.sleep(0)
    raise ValueError("bad")


async def main():
    asyncio.create_task(bad())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
