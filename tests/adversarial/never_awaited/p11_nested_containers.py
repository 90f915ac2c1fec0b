import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


async def main():
    d = {"k": [foo(), (bar(), baz())], "j": {"m": foo()}}
    print(len(d))
    d = None
    print("end")


asyncio.run(main())
