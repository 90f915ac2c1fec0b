import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


async def main():
    try:
        asyncio.run(foo())
    except RuntimeError as e:
        print("RuntimeError", e)
        print("handler end")
    print("after")


asyncio.run(main())
