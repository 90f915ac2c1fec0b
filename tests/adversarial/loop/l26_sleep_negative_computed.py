import asyncio


async def w(name, d):
    for i in range(2):
        print(name, i)
        await asyncio.sleep(d)


async def main():
    delays = [0.0, 1 - 2, 0]
    await asyncio.gather(*(w(i, d) for i, d in enumerate(delays)))


asyncio.run(main())
