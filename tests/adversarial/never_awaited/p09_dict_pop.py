import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


async def main():
    d = {"a": foo(), "b": bar()}
    d.pop("b")
    print("popped b")
    v = d.pop("a")
    print("held a", len(d))
    v = None
    print("end")


asyncio.run(main())
