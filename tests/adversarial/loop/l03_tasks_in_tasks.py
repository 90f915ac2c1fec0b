import asyncio


async def child(n):
    print("child", n, "start")
    await asyncio.sleep(0)
    print("child", n, "end")
    return n * 10


async def parent(n):
    print("parent", n)
    t = asyncio.create_task(child(n))
    print("parent", n, "created")
    await asyncio.sleep(0)
    print("parent", n, "after sleep", t.done())
    r = await t
    print("parent", n, "done", r)
    return r


async def main():
    print(await asyncio.gather(parent(1), parent(2)))


asyncio.run(main())
