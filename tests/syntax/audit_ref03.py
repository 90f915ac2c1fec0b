import asyncio
from functools import reduce

async def main():
    x = [1, 2, 3
    print(x)

asyncio.run(main())
