import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


async def main():
    d = {"x": foo(), "y": bar(), "z": baz()}
    print(sorted(d))
    d = {}
    print("end", d)


asyncio.run(main())
