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


async def inner():
    try:
        helper()
    finally:
        print("fin")
        return 7


async def main():
    r = await inner()
    print("r", r)


asyncio.run(main())
