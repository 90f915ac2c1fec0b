import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


async def main():
    foo(); bar(); foo(); baz()
    print("x")
    bar(); foo()
    print("y")


asyncio.run(main())
