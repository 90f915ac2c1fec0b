import asyncio
from typing import List


async def main():
    print(Lst)


asyncio.run(main())
