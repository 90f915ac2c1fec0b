import asyncio
async def consumer(name, g):
    for v in g:
        print(name, v)
        await asyncio.sleep(0)
async def main():
    def src():
        for i in range(6):
            print("produce", i)
            yield i
    g = (x * 10 for x in src())
    await asyncio.gather(consumer("a", g), consumer("b", g))
    g2 = (x for x in range(4))
    async def take(n):
        r = []
        for _ in range(n):
            r.append(next(g2))
            await asyncio.sleep(0)
        return r
    print(await asyncio.gather(take(2), take(2)))
asyncio.run(main())
