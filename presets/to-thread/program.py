import asyncio
import time


async def ticker():
    for text in ['tick', 'tick', 'tick']:
        print(text)
        await asyncio.sleep(0.3)


def blocking_io():
    print('blocking_io: start')
    time.sleep(1)
    print('blocking_io: complete')


async def main():
    await asyncio.gather(ticker(), asyncio.to_thread(blocking_io))


asyncio.run(main())
