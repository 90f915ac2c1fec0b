import asyncio


async def fetch(name, delay):
    print(f'{name}: started')
    await asyncio.sleep(delay)
    print(f'{name}: done after {delay}s')
    return name


async def broken():
    print('broken: started')
    await asyncio.sleep(0.1)
    raise ValueError('broken failed')


async def main():
    async with asyncio.TaskGroup() as tg:
        task1 = tg.create_task(fetch('users', 0.3))
        task2 = tg.create_task(fetch('orders', 0.2))
        task3 = tg.create_task(broken())
    print(task1.result())
    print(task2.result())
    print(task3.result())


asyncio.run(main())
