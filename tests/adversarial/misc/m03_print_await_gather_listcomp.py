import asyncio


async def f(i):
    await asyncio.sleep(0.01 * (5 - i))
    print("done", i)
    return i * 10


async def main():
    print(await asyncio.gather(*[f(i) for i in range(5)]))
    print(await asyncio.gather(*(f(i) for i in range(2))), "tail")
    r = await asyncio.gather(f(0), asyncio.gather(f(1), f(2)), asyncio.create_task(f(3)))
    print(r, type(r).__name__, len(r))
    print(await asyncio.gather())


asyncio.run(main())
