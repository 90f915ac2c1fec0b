import asyncio

async def worker():
    """Does work.
    await asyncio.sleep(0)

asyncio.run(worker())
