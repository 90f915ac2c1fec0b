import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


async def bad1():
    c = foo()
    raise ValueError("one")


async def bad2():
    c = bar()
    await asyncio.sleep(0)
    raise KeyError("two")


async def main():
    asyncio.create_task(bad1())
    asyncio.create_task(bad2())
    x = baz()
    await asyncio.sleep(0)
    print("mid")
    x = None
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
