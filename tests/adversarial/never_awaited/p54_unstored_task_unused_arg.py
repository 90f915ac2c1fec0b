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
    asyncio.create_task(consume(foo()))
    await asyncio.sleep(0)
    print("a")
    await asyncio.sleep(0)
    print("b")
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
