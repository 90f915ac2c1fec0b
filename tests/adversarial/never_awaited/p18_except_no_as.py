import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


def helper():
    c = foo()
    raise ValueError("x")


async def main():
    try:
        helper()
    except ValueError:
        print("caught")
        print("still in handler")
    print("after")


asyncio.run(main())
