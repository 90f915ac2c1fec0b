import asyncio


async def fetch(name, delay):
    print(f'{name}: started')
    await asyncio.sleep(delay)
    print(f'{name}: done after {delay}s')
    return name


async def main():
    tasks = [
        asyncio.create_task(fetch('users', 0.3)),
        asyncio.create_task(fetch('orders', 0.1)),
        asyncio.create_task(fetch('inventory', 0.2)),
    ]
    for next_done in asyncio.as_completed(tasks):
        result = await next_done
        print(result)


asyncio.run(main())
