import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


async def main():
    for i in range(4):
        c = foo()
    print("done", i)
    c = None
    print("end")


asyncio.run(main())
