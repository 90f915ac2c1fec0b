import asyncio

class ACM:
    async def __aenter__(self):
        return self
    async def __aexit__(self, *exc):
        return False

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def main():
    async with ACM() as a, ACM():
        pass
    async for x in agen(2):
        print(x)
    else:
        print("done")
    print([x async for x in agen(3)])
    print({x: x async for x in agen(2)})
    print({x async for x in agen(2)})
    print([await asyncio.sleep(0, result=i) for i in range(2)])
    g = (x async for x in agen(2))
    print([y async for y in g])
    print(f"{await asyncio.sleep(0, result='in fstring')}")
    r = await asyncio.gather(*(asyncio.sleep(0, result=i) for i in range(3)))
    print(r)
    await (asyncio.sleep(0))
    return await asyncio.sleep(0, result=7)

print(asyncio.run(main()))
