import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


async def maker():
    return bar()


async def main():
    c = await maker()
    print("got")
    c = None
    print("a")
    await maker()
    print("end")


asyncio.run(main())
