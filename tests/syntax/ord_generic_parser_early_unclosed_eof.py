import asyncio
x = = 1

async def main():
    await asyncio.gather(
        asyncio.sleep(0),
