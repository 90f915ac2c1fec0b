import asyncio

async def main():
    async with asyncio.Lock() as lk:
    print(lk)
