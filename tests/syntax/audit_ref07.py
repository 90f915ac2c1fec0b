import asyncio
import json

async def gen():
    yield from [1, 2]

async def main():
    async for x in gen():
        print(x)
asyncio.run(main())
