import asyncio

async def main():
    lock = asyncio.Lock()
    async with lock
        pass
