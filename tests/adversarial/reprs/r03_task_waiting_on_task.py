import asyncio


async def inner():
    await asyncio.sleep(0.05)
    return "in"


async def outer(t):
    return await t


def part(t, key):
    r = repr(t)
    if key not in r:
        return "-"
    return r.split(key)[1].split(' coro=')[0]


async def main():
    i = asyncio.create_task(inner(), name="inner")
    o = asyncio.create_task(outer(i), name="outer")
    await asyncio.sleep(0)
    print(repr(o).split(' coro=')[0])
    print("waits for:", part(o, ' wait_for='))
    r = repr(i)
    print("inner cb:", r.split('> ')[-1] if ' cb=' in r else "none")
    print(await o)
    print(repr(o).split(' coro=')[0], repr(o).split(' result=')[1])
    print(repr(i).split(' coro=')[0], repr(i).split(' result=')[1])


asyncio.run(main())
