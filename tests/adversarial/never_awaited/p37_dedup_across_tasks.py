import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


async def worker(n):
    c = foo()
    await asyncio.sleep(0)
    return n


async def main():
    t1 = asyncio.create_task(worker(1))
    t2 = asyncio.create_task(worker(2))
    print(await t1, await t2)
    d = bar()
    print("end")


asyncio.run(main())
