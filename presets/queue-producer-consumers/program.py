import asyncio


async def producer(queue):
    for item in range(1, 6):
        await queue.put(item)
        print(f'produced {item}')
        await asyncio.sleep(0.15)


async def consumer(name, queue):
    while True:
        item = await queue.get()
        print(f'{name} got {item}')
        await asyncio.sleep(0.25)
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    consumers = [
        asyncio.create_task(consumer('consumer 1', queue)),
        asyncio.create_task(consumer('consumer 2', queue)),
    ]
    await producer(queue)
    await queue.join()
    for task in consumers:
        task.cancel()
    print('all items processed')


asyncio.run(main())
