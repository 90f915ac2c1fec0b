import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


async def consume(x):
    await asyncio.sleep(0)
    return 2


async def main():
    t = asyncio.create_task(consume(foo()))
    r = await t
    print("r", r)


asyncio.run(main())
