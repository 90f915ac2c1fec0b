import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


def helper(flag):
    c = foo()
    if flag:
        print("yes")
    else:
        print("no")


def helper_loop():
    c = bar()
    for i in range(2):
        print("i", i)


def helper_while():
    c = baz()
    n = 0
    while n < 2:
        n += 1


async def main():
    helper(True)
    helper(False)
    helper_loop()
    helper_while()
    print("end")


asyncio.run(main())
