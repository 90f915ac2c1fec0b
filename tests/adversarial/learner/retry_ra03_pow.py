import asyncio


async def p(a, b):
    await asyncio.sleep(0)
    return a ** b


async def main():
    cases = [(2, -1), (2, -2), (-2, 3), (-2, -1), (0, 0), (0.0, 0), (2, 0.5), (10, 18), (2, 62), (1.5, 2),
             (4, 0.5), (10, -3), (-2, 2), (2, -10), (-1, -3), (1.1, 2), (10.0, 22), (3, -1), (7, -2), (2.0, -1074)]
    res = await asyncio.gather(*[p(a, b) for a, b in cases])
    for (a, b), r in zip(cases, res):
        print(a, b, r)
    print(-2 ** 2, (-2) ** 2, 2 ** 3 ** 2, 2 ** -1 ** 2)


asyncio.run(main())
