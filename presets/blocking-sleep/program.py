import asyncio
import time


async def worker():
    for text in ['worker step 0', 'worker step 1', 'worker step 2']:
        print(text)
        await asyncio.sleep(0.1)


async def blocker():
    for text in ['blocker: calling time.sleep(0.35)', 'blocker: awake again']:
        print(text)
        time.sleep(0.35)


async def main():
    await asyncio.gather(worker(), blocker())


asyncio.run(main())
