import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


async def main():
    c = foo()
    print("a")
    c = foo()
    print("b")
    c = 5
    print("c", c)


asyncio.run(main())
