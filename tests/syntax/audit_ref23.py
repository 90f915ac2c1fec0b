import asyncio
import json

async def main():
    x = [1, 2, 3
    print(x)

asyncio.run(main())
