import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


async def bad():
    c = foo()
    raise ValueError("bad task")


async def main():
    t = asyncio.create_task(bad())
    await asyncio.sleep(0)
    d = bar()
    raise KeyError("main")


asyncio.run(main())
