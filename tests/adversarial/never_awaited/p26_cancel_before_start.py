import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


async def main():
    t = asyncio.create_task(foo())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled")
    c = asyncio.sleep(1)
    print("end")


asyncio.run(main())
