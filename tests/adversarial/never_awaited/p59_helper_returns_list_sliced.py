import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


def make():
    return [foo(), bar(), baz()]


async def main():
    part = make()[1:]
    print(len(part))
    part = part[1:]
    print(len(part))
    part = []
    print("end")


asyncio.run(main())
