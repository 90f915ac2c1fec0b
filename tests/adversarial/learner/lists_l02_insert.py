import asyncio


async def main():
    a = [1, 2, 3]
    await asyncio.sleep(0)
    a.insert(-1, "x")
    print(a)
    a.insert(100, "y")
    print(a)
    a.insert(-100, "z")
    print(a)
    a.insert(0, 0)
    a.insert(len(a), "end")
    a.insert(-len(a), "start")
    print(a)
    e = []
    e.insert(-5, 1)
    e.insert(5, 2)
    print(e)


asyncio.run(main())
