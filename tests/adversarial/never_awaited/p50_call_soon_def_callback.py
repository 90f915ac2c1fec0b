import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


def cb(tag):
    c = foo()
    print("cb", tag)


def cb2(fut):
    d = bar()
    print("done cb")


async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, "x")
    await asyncio.sleep(0)
    t = asyncio.create_task(asyncio.sleep(0))
    t.add_done_callback(cb2)
    await t
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
