import asyncio


async def dm(a, b):
    await asyncio.sleep(0)
    return a // b, a % b


async def main():
    pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (-1, 5), (5, -1), (-10 ** 18, 7), (10 ** 18, -7)]
    res = await asyncio.gather(*[dm(a, b) for a, b in pairs])
    for (a, b), (q, r) in zip(pairs, res):
        print(a, b, q, r, q * b + r == a)


asyncio.run(main())
