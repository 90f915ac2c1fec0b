import asyncio
import time
import functools

async def ticker():
    for i in range(4):
        print("tick", i)
        await asyncio.sleep(0.1)

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(ticker())
    r = await loop.run_in_executor(None, time.sleep, 0.25)
    print("slept", r)
    r = await loop.run_in_executor(None, functools.partial(print, "from", "thread", sep="-"))
    print("printed", r)
    r = await asyncio.to_thread(sorted, [3, 1, 2])
    print(r)
    r = await asyncio.to_thread(time.sleep, 0.1)
    print(r)
    await t

asyncio.run(main())
