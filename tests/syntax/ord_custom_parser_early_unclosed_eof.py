import asyncio
if x = 1:
    pass

async def main():
    await asyncio.gather(
        asyncio.sleep(0),
