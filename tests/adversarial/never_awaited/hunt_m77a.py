import asyncio

async def main():
    raise ValueError("v") from OSError("os")

asyncio.run(main())
