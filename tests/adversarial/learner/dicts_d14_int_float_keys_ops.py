import asyncio


async def main():
    await asyncio.sleep(0)
    d = {}
    for x in [1, 2.0, 3, 1.0, 2, True, 0, False, 0.5]:
        d[x] = d.get(x, 0) + 1
    print(d)
    hist = {}
    for v in [0.1 + 0.2, 0.3, 1e16, 10 ** 16, 2 ** 53, 2.0 ** 53 + 1]:
        hist[v] = hist.get(v, 0) + 1
    print(hist)
    print({2 ** 64: "big", 2.0 ** 64: "float"}, {-1: "neg", -2: "neg2"})


asyncio.run(main())
