import asyncio


async def child(n, G):
    await asyncio.sleep(0.01 * n)
    print("child", n, G[0])
    return n


async def main():
    G = []
    g = asyncio.gather(child(1, G), child(2, G))
    G.append(g)
    print(g)
    res = await g
    print(res, g)
    empty = asyncio.gather()
    print(empty)
    print(type(empty))
    print(await empty)
    print(type(g))
    print(type(g).__name__, type(empty).__name__)


asyncio.run(main())
