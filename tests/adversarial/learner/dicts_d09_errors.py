import asyncio


async def attempt(i):
    await asyncio.sleep(0)
    d = {"a": 1}
    try:
        if i == 0:
            d[[1]] = 2
        elif i == 1:
            return {[]: 1}
        elif i == 2:
            return d[{}]
        elif i == 3:
            return d + d
        elif i == 4:
            return d < d
        elif i == 5:
            return dict([1])
        elif i == 6:
            return [1] in d
        return d.get([1], "x")
    except Exception as e:
        return type(e).__name__ + ": " + str(e)


async def main():
    for r in await asyncio.gather(*[attempt(i) for i in range(8)]):
        print(r)


asyncio.run(main())
