import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


async def main():
    lst = [foo(), bar(), baz()]
    lst.pop()
    print("popped last")
    lst.pop(0)
    print("popped first")
    x = lst.pop()
    print("held", len(lst))
    x = 1
    print("end", x)


asyncio.run(main())
