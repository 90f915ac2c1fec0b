import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


async def bad(x):
    c = foo()
    raise ValueError("bad")


async def good(x):
    await asyncio.sleep(0)
    return 1


async def main():
    try:
        await asyncio.gather(good(bar()), bad(baz()))
    except ValueError:
        print("caught")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
