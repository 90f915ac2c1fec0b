import asyncio
import itertools

async def fetch(url, timeout=5, retries):
    await asyncio.sleep(0.1)
    return url

asyncio.run(fetch("a", 1, 2))
