import asyncio


async def scan(name):
    await asyncio.sleep(0.01)
    return name.endswith((".png", ".jpg"))


async def main():
    names = ["a.png", "b.txt", "c.jpg"]
    flags = await asyncio.gather(*[scan(n) for n in names])
    print([n for n, f in zip(names, flags) if f])


asyncio.run(main())
