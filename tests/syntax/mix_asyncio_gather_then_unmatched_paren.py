import asyncio

async def job(i):
    await asyncio.sleep(0)
    return i

async def main():
    results = await asyncio.gather(*(job(i) for i in range(3)))
    print(results))

asyncio.run(main())
