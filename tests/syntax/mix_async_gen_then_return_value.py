import asyncio

async def ticks(n):
    for i in range(n):
        yield i

async def main():
    return [t async for t in ticks(3)]

async def bad():
    yield 1
    return 2
