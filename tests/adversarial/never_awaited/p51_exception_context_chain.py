import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


def h1():
    a = foo()
    raise ValueError("one")


def h2():
    b = bar()
    raise KeyError("two")


async def main():
    try:
        try:
            h1()
        except ValueError:
            h2()
    except KeyError as e:
        print("caught", repr(e), type(e.__context__).__name__)
    print("after")


asyncio.run(main())
