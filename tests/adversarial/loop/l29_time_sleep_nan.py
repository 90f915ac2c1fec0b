import asyncio
import time


async def main():
    try:
        time.sleep(float("nan"))
    except ValueError as e:
        print("ValueError", e)


asyncio.run(main())
