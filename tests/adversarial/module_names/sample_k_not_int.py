import asyncio
import random


async def main():
    random.seed(7)
    for k in [1.0, True, False, "1", None, 2.5]:
        try:
            print(random.sample([1, 2], k))
        except Exception as e:
            print(type(e).__name__, e)
    print(random.random())


asyncio.run(main())
