import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


def make():
    return foo()


async def main():
    make()
    print("a")
    c = make()
    print("b")
    c = make()
    print("c")


asyncio.run(main())
