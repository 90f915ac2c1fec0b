import asyncio

async def work(n, d):
    await asyncio.sleep(d)
    return n

async def main():
    it = asyncio.as_completed([work(1, 0.01), work(2, 0.5), work(3, 0.6)], timeout=0.05)
    results = []
    for f in it:
        try:
            results.append(await f)
        except asyncio.TimeoutError:
            results.append("timeout")
    print(results)
    # take all awaitables first, then await in reverse order
    fs = list(asyncio.as_completed([work("a", 0.03), work("b", 0.01), work("c", 0.02)]))
    print(len(fs))
    print([await f for f in fs[::-1]])
    # await the same wrapper twice
    it = asyncio.as_completed([work("z", 0)])
    w = next(it)
    print(await w)
    try:
        await w
    except RuntimeError as e:
        print("RE", e)
asyncio.run(main())
