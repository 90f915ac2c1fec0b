import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


async def maker(n):
    if n:
        return foo()
    return bar()


async def main():
    res = await asyncio.gather(maker(0), maker(1))
    print(len(res))
    res.clear()
    print("cleared")


asyncio.run(main())
