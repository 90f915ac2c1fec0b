import asyncio


async def fetch(name, delay):
    print(f'{name}: started')
    await asyncio.sleep(delay)
    print(f'{name}: done after {delay}s')
    return name


async def main():
    try:
        async with asyncio.timeout(0.5):
            results = await asyncio.gather(
                fetch('quick', 0.2),
                fetch('slow', 2),
            )
            print(results)
    except TimeoutError:
        print('timed out after 0.5 s')


asyncio.run(main())
