import asyncio
async def w(i):
    print("start", i)
    await asyncio.sleep(0.001 * (3 - i))
    print("end", i)
    return i * i
async def main():
    print(await asyncio.gather(*(w(i) for i in range(3))))
    tasks = list(asyncio.create_task(w(i)) for i in range(3))
    print("created")
    print(await asyncio.gather(*tasks))
    g = (asyncio.create_task(w(i)) for i in range(3))
    first = next(g)
    await asyncio.sleep(0)
    print("first started alone")
    rest = list(g)
    done, pending = await asyncio.wait(set(t for t in [first] + rest))
    print(sorted(t.result() for t in done), len(pending))
    coros = (w(i) for i in range(2))
    for c in coros:
        print("awaiting")
        print(await c)
    res = [await c for c in (w(i) for i in range(2))]
    print(res)
    async def agen_like():
        out = []
        for c in (asyncio.sleep(0, result=i) for i in range(3)):
            out.append(await c)
        return out
    print(await agen_like())
asyncio.run(main())
