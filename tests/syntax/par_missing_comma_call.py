import asyncio

async def main():
    await asyncio.gather(asyncio.sleep(0) asyncio.sleep(0))
