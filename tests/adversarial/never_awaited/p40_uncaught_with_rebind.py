import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


async def main():
    c = foo()
    c = bar()
    print("before")
    await asyncio.sleep(0)
    c = baz()
    raise ValueError("boom")


asyncio.run(main())
