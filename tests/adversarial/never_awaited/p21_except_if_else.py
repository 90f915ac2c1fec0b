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


def helper2():
    c = bar()
    raise ValueError("y")


async def main():
    flag = len("ab") == 2
    try:
        helper()
    except ValueError:
        if flag:
            print("flag")
        else:
            print("noflag")
    print("mid")
    try:
        helper2()
    except ValueError:
        if not flag:
            print("flag")
        else:
            print("noflag")
    print("after")


asyncio.run(main())
