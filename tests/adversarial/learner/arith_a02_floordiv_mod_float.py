import asyncio


async def dm(a, b):
    await asyncio.sleep(0)
    return a // b, a % b


async def main():
    pairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-0.0, 5), (0.0, -5), (-1e-20, 1), (1e-20, -1), (0.1, 0.01), (3.0, 0.1),
             (1, 0.1), (1e300, 7), (-7, 2.5), (5.0, 1e300), (-5.0, 1e300), (2.5, -0.5), (10, 3.0)]
    res = await asyncio.gather(*[dm(a, b) for a, b in pairs])
    for (a, b), (q, r) in zip(pairs, res):
        print(a, b, q, r)


asyncio.run(main())
