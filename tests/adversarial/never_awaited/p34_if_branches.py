import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


async def main():
    flag = len("ab") == 2
    if flag:
        c = foo()
    else:
        c = bar()
    print("x")
    if not flag:
        c = 1
    else:
        c = 2
    print("y", c)
    if flag:
        d = baz()
    print("end")


asyncio.run(main())
