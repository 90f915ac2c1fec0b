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
    d = bar()
    try:
        helper()
    finally:
        print("fin")


async def main():
    try:
        await inner()
    except ValueError:
        print("caught outer")
    print("after")


asyncio.run(main())
