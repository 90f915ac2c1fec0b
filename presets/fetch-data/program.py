import asyncio


async def fetch_data(source, delay):
    print(f'Fetching {source}...')
    await asyncio.sleep(delay)
    print(f'Fetched {source} after {delay}s')
    return f'{source} data'


async def main():
    tasks = []
    tasks.append(fetch_data('users', 0.3))
    tasks.append(fetch_data('orders', 0.1))
    tasks.append(fetch_data('inventory', 0.2))
    results = await asyncio.gather(*tasks)
    for result in results:
        print(result)


asyncio.run(main())
