import asyncio

async def v(x):
    return x

async def main():
    a = await v(1) + await v(2)
    b = [await v(i) for i in range(2)]
    c = {await v("k"): await v("v")}
    d = (await v(3)) if await v(True) else None
    e = await v(await v(4))
    f = -await v(5)
    g = await v(2) ** 2
    if await v(True):
        pass
    while not await v(True):
        pass
    for i in await v([1]):
        pass
    with open(__file__) as fh:
        h = await v(fh.name)
    assert await v(True), await v("msg")
    return a, b, c, d, e, f, g

print(asyncio.run(main()))
