import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


async def consume(x):
    return 0


async def main():
    c = consume(foo())
    print("a")
    c = None
    print("b")
    consume(consume(bar()))
    print("end")


asyncio.run(main())
