import asyncio


async def get(d, k):
    await asyncio.sleep(0)
    return d[k]


async def main():
    d = {"x": 1}
    print(await get(d, "x"))
    print(await get(d, "y"))


asyncio.run(main())
