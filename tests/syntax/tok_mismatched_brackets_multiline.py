import asyncio

async def main():
    results = await asyncio.gather(
        asyncio.sleep(0),
        asyncio.sleep(0),
    ]
    print(results)
