import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


async def maker():
    return foo()


async def main():
    t = asyncio.create_task(maker())
    r = await t
    print("got")
    r = None
    print("r cleared")
    t = None
    print("t cleared")


asyncio.run(main())
