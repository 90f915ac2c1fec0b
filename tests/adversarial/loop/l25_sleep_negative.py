import asyncio


async def w(name, d):
    for i in range(3):
        print(name, i)
        await asyncio.sleep(d)


async def main():
    await asyncio.gather(w("a", 0), w("c", -1), w("d", -0.0), w("f", -1e300))
    print(await asyncio.sleep(-5, "y"))


asyncio.run(main())
