import asyncio

async def ticks():
    for i in range(3):
        yield i
        await asyncio.sleep(0)
    return 42
