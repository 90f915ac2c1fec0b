import asyncio
results = asyncio.gather(
    a b
