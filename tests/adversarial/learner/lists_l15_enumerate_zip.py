import asyncio


async def job(i):
    await asyncio.sleep(0.01 * i)
    return i * 10


async def main():
    res = await asyncio.gather(*[job(i) for i in range(3)])
    print(list(enumerate(res, start=1)), list(enumerate("ab", 5)), list(enumerate([], 3)))
    print(list(zip(res, "abcde")), list(zip([1, 2, 3], [4], [5, 6])), list(zip()), list(zip("ab")))
    print(dict(zip("abc", res)), dict(enumerate("xy")), list(enumerate("ab", -1)))
    for n, (i, v) in enumerate(zip(range(3), res)):
        print(n, i, v)
    print(enumerate)


asyncio.run(main())
