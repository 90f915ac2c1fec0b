import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


def ignore(x):
    y = 1
    return y


async def main():
    for i in range(2):
        ignore(foo())
    print("a")
    ignore(bar())
    print("b")


asyncio.run(main())
