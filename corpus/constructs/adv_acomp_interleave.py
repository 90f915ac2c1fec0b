import asyncio

log = []

async def ticker(name, n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        log.append(f"{name}{i}")
        yield i

async def collect(name, n, delay):
    out = [i * 10 async for i in ticker(name, n, delay)]
    log.append(f"{name}-done")
    return out

async def main():
    r = await asyncio.gather(collect("a", 3, 0.01), collect("b", 4, 0.007))
    print(r)
    print(log)
    log.clear()
    r = await asyncio.gather(collect("x", 3, 0), collect("y", 3, 0))
    print(r, log)
asyncio.run(main())
