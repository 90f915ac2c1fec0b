import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


async def main():
    try:
        await asyncio.gather(1, foo())
    except TypeError as e:
        print("TypeError", e)
        print("handler end")
    print("after")


asyncio.run(main())
