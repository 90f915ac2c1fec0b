import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


async def bad():
    c = foo()
    raise ValueError("bad")


async def main():
    t = asyncio.create_task(bad())
    try:
        await t
    except ValueError:
        print("caught")
    print("end")


asyncio.run(main())
