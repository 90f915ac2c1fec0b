import asyncio


async def row(i, n):
    await asyncio.sleep(0.01 * (n - i))
    return [i * n + j for j in range(n)]


async def main():
    n = 3
    m = await asyncio.gather(*[row(i, n) for i in range(n)])
    t = [[m[j][i] for j in range(n)] for i in range(n)]
    print(m, t)
    print([list(r) for r in zip(*m)] == t, [sum(r) for r in m], [max(c) for c in zip(*m)], sum(sum(r) for r in m))
    flat = [x for r in m for x in r]
    print(flat[::-2], flat[1::3], sorted(flat, key=abs, reverse=True)[:2], [x for x in flat if x % 2] or "none")
    for r in m:
        print(" ".join(f"{x:3d}" for x in r))


asyncio.run(main())
