import asyncio


async def fetch_data(source, delay):
    print(f'Fetching {source}...')
    await asyncio.sleep(delay)
    print(f'Fetched {source} after {delay}s')
    return f'{source} data'


async def main():
    tasks = [
        fetch_data('users', 0.3),
        fetch_data('orders', 0.1),
        fetch_data('inventory', 0.2),
    ]
    results = await asyncio.gather(*tasks)
    print(results)


asyncio.run(main())
