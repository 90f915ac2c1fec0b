import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


async def main():
    x = foo() and 5
    print("x", x)
    y = bar() or 5
    print("y")
    y = 0
    z = not baz()
    print("z", z)


asyncio.run(main())
