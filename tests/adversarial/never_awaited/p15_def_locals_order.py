import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


def helper():
    d = bar()
    c = foo()
    n = 3
    return n


async def main():
    print(helper())
    print("end")


asyncio.run(main())
