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
    r = await consume(foo())
    print("r", r)
    await consume(
        bar())
    print("end")


asyncio.run(main())
