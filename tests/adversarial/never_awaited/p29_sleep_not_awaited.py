import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


async def main():
    asyncio.sleep(0)
    print("a")
    asyncio.sleep(1, "x")
    print("b")
    s = asyncio.sleep(2)
    s = asyncio.sleep(3)
    print("c")


asyncio.run(main())
