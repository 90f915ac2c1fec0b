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
    d = bar()
    try:
        helper()
    except ValueError:
        print("caught, reraising")
        raise
    print("never")


asyncio.run(main())
