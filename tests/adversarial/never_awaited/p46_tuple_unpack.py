import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


async def main():
    a, b = foo(), bar()
    a, b = b, a
    print("swapped")
    b, a = 1, 2
    print("end", a, b)


asyncio.run(main())
