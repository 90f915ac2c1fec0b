import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


async def main():
    c = foo()
    c.close()
    c = None
    print("closed")
    d = bar()
    d = None
    print("end")


asyncio.run(main())
