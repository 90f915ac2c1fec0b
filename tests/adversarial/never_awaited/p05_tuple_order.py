import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


async def main():
    t = (foo(), bar(), baz())
    print(len(t))
    t = 0
    print("end", t)


asyncio.run(main())
