import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


async def main():
    lst = [foo(), bar(), baz(), foo()]
    lst[0:2] = []
    print("after slice assign", len(lst))
    lst = lst[:0]
    print("after rebind", len(lst))


asyncio.run(main())
