import asyncio

async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0.01)
        yield i

async def consume(name, g):
    try:
        return [(name, x) async for x in g]
    except RuntimeError as e:
        return f"{name}: RuntimeError: {e}"

async def main():
    g = ticker(3)
    print(await asyncio.gather(consume("a", g), consume("b", g)))
    g2 = ticker(4)
    first = await g2.__anext__()
    print(first, await consume("c", g2))
asyncio.run(main())
