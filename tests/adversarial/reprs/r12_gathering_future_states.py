import asyncio


async def val(n, d):
    await asyncio.sleep(d)
    return n


async def bad(d):
    await asyncio.sleep(d)
    raise ValueError("bad gather")


async def main():
    g = asyncio.gather(val(1, 0.01), val(2, 0.02))
    print(g)
    print(repr(g) == str(g))
    await asyncio.sleep(0)
    print(g)
    print(await g)
    print(g)
    h = asyncio.gather(val(1, 0.01), bad(0.02))
    try:
        await h
    except ValueError as e:
        print("caught", e)
    print(h)
    k = asyncio.gather(val(1, 0.01), bad(0.02), return_exceptions=True)
    r = await k
    print(r)
    print(k)
    m = asyncio.gather(val(3, 1), val(4, 1))
    await asyncio.sleep(0)
    print(m.cancel())
    print(m)
    try:
        await m
    except asyncio.CancelledError:
        print("m cancelled")
    print(m)
    print(m.cancelled(), m.done())


asyncio.run(main())
