import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


async def bad(n):
    c = foo()
    raise ValueError(n)


async def main():
    res = await asyncio.gather(bad(1), bad(2), return_exceptions=True)
    print([type(r).__name__ for r in res])
    res = None
    print("cleared")


asyncio.run(main())
