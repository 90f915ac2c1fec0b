import asyncio


async def val(x):
    await asyncio.sleep(0)
    return x


async def bad():
    raise ValueError("v")


async def main():
    g = asyncio.gather(val(1), val(2))
    print(g)
    print(await g)
    print(g)
    h = asyncio.gather(bad(), return_exceptions=False)
    try:
        await h
    except ValueError:
        pass
    print(h)
    k = asyncio.gather(val(3))
    k.cancel()
    try:
        await k
    except asyncio.CancelledError:
        pass
    print(k)
    e = asyncio.gather()
    print(e)


asyncio.run(main())
