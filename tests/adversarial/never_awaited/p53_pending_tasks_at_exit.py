import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


async def waiter(x):
    await asyncio.sleep(10)


async def main():
    t1 = asyncio.create_task(waiter(foo()))
    t2 = asyncio.create_task(waiter(bar()))
    await asyncio.sleep(0)
    print("main returns")


asyncio.run(main())
