import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


async def main():
    lst = [foo(), bar(), baz()]
    lst.clear()
    print("cleared", len(lst))


asyncio.run(main())
