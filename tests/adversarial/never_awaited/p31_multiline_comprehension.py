import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


async def main():
    x = [
        0
        for c in [foo(), bar()]
    ]
    print(x)
    y = [
        c
        for c in (baz(), foo())
    ]
    print(len(y))
    y = None
    print("end")


asyncio.run(main())
