import asyncio


def f(x, acc=[]):
    acc.append(x)
    return acc


def g(k, v, d={}):
    d[k] = v
    return d


async def collect(x, into=[]):
    await asyncio.sleep(0)
    into.append(x)
    return into


async def main():
    print(f(1), f(2), f(3, []), f(4))
    print(g("a", 1), g("b", 2))
    r = await asyncio.gather(collect(1), collect(2), collect(3))
    print(r, r[0] is r[2])


asyncio.run(main())
