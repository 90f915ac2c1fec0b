import asyncio
import time


async def worker():
    for i in range(3):
        print(f'worker step {i}')
        await asyncio.sleep(0.1)


async def blocker():
    print('blocker: calling time.sleep(0.35)')
    time.sleep(0.35)
    print('blocker: awake again')


async def main():
    await asyncio.gather(worker(), blocker())


asyncio.run(main())
