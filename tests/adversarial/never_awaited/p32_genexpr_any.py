import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


async def main():
    r = any(
        c is None
        for c in [foo(), bar()]
    )
    print(r)
    n = sum(1 for c in [baz(), baz()])
    print(n)


asyncio.run(main())
