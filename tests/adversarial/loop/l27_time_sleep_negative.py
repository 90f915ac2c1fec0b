import asyncio
import time


async def main():
    try:
        time.sleep(-1)
    except ValueError as e:
        print("ValueError", e)
    print("ok")


asyncio.run(main())
