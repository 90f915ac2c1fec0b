import asyncio

async def fetch(n):
    await asyncio.sleep(0.1)
    if n == 2:
        raise KeyError(n)
    return n

async def main():
    try:
        await fetch(2)
    except KeyError as e:
        raise RuntimeError(f"fetch {e} failed") from e

asyncio.run(main())
