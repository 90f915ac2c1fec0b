import asyncio
factor = 1
async def bumper():
    global factor
    for i in range(3):
        await asyncio.sleep(0)
        factor += 10
        print("bumped", factor)
async def reader():
    g = (x * factor for x in range(4))
    for v in g:
        print("read", v)
        await asyncio.sleep(0)
async def main():
    await asyncio.gather(reader(), bumper())
    state = {"n": 0}
    g = (state["n"] + i for i in range(3))
    async def mut():
        for _ in range(3):
            state["n"] += 100
            await asyncio.sleep(0)
    async def rd():
        out = []
        for v in g:
            out.append(v)
            await asyncio.sleep(0)
        print(out)
    await asyncio.gather(mut(), rd())
asyncio.run(main())
