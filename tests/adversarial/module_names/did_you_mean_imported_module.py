import asyncio
import random


async def main():
    print(randm)


asyncio.run(main())
