import asyncio
import time


async def main():
    try:
        time.sleep("a")
    except TypeError as e:
        print("TypeError", e)
    time.sleep(0)
    print("ok")


asyncio.run(main())
