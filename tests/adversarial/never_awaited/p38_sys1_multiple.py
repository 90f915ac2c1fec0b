import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


async def main():
    a = foo()
    b = bar()
    lst = [foo(), baz()]
    print("raising")
    raise RuntimeError("boom")


asyncio.run(main())
