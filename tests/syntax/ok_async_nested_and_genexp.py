import asyncio

async def outer():
    async def inner():
        return 1
    def sync_gen():
        yield from range(2)
    ge = (await asyncio.sleep(0, result=i) for i in range(2))
    out = [v async for v in ge]
    lam = lambda: [x for x in sync_gen()]
    return await inner(), out, lam()

print(asyncio.run(outer()))
