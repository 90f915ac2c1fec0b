import asyncio


async def job(n):
    print(f'job {n} starts')
    await asyncio.sleep(0.1)
    print(f'job {n} ends')
    return n * 10


async def main():
    limit = asyncio.Semaphore(2)
    async def limited(work):
        async with limit:
            return await work
    results = await asyncio.gather(
        limited(job(1)),
        limited(job(2)),
        limited(job(3)),
        limited(job(4)),
    )
    print(results)


asyncio.run(main())
