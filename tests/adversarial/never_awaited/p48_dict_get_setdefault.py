import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


async def main():
    d = {"k": 1}
    d.get("k", foo())
    print("a")
    d.setdefault("k", bar())
    print("b")
    v = d.get("zz", baz())
    print("c")
    v = None
    print("end")


asyncio.run(main())
