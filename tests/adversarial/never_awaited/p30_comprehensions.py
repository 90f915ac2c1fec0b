import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


async def main():
    [foo() for i in range(3)]
    print("a")
    [foo() if i % 2 else bar() for i in range(4)]
    print("b")
    x = {i: baz() for i in range(2)}
    x = 0
    print("c")


asyncio.run(main())
