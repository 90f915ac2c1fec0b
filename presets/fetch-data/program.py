import asyncio


async def fetch_data(source, delay):
    print(f'Fetching {source}...')
    await asyncio.sleep(delay)
    print(f'Fetched {source} after {delay}s')
    await asyncio.sleep(delay)
    return f'{source} data'


async def main():
    results = await asyncio.gather(
        fetch_data('users', 0.3),
        fetch_data('orders', 0.1),
        fetch_data('inventory', 0.2),
    )
    print(results)


asyncio.run(main())
