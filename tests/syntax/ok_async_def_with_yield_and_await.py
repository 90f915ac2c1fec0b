import asyncio

async def producer(q):
    for i in range(3):
        await q.put(i)
    await q.put(None)

async def consumer(q):
    while (item := await q.get()) is not None:
        yield item

async def main():
    q = asyncio.Queue()
    task = asyncio.create_task(producer(q))
    got = [i async for i in consumer(q)]
    await task
    print(got)

asyncio.run(main())
