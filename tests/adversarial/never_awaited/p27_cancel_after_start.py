import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


async def waiter(x):
    await asyncio.sleep(10)


async def main():
    t = asyncio.create_task(waiter(foo()))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled")
        print("handler end")
    print("after")
    t = None
    print("end")


asyncio.run(main())
