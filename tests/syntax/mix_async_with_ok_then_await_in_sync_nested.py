import asyncio

async def main():
    lock = asyncio.Lock()
    async with lock:
        await asyncio.sleep(0)
    def cb():
        await asyncio.sleep(0)
    return cb
