import asyncio


async def job(n):
    async with limit:
        print(f'job {n} starts')
        await asyncio.sleep(0.1)
        print(f'job {n} ends')
        return n * 10


async def main():
    results = await asyncio.gather(job(1), job(2), job(3), job(4))
    print(results)


limit = asyncio.Semaphore(2)
asyncio.run(main())
