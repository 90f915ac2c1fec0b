import asyncio


async def main():
    await asyncio.sleep(0)
    return {"answer": 42, "items": [1, 2]}


print(asyncio.run(main()))
