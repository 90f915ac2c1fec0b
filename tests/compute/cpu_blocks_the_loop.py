# A task that computes holds the loop: the ticker's 10 ms timer falls due
# while a chunk computes (about 0.1 s), and the tick comes two chunks
# later (the timer's callback, then the ticker's step, each wait one
# iteration behind the cruncher's next step), not ten ticks per chunk.
# With computing taking no time, every chunk would run before the first
# timer fell due.
import asyncio


async def crunch():
    for chunk in range(7):
        total = 0
        for i in range(1000000):
            total += i % 7
        print("chunk", chunk, "done")
        await asyncio.sleep(0)


async def ticker():
    for i in range(4):
        print("tick", i)
        await asyncio.sleep(0.01)


async def main():
    await asyncio.gather(ticker(), crunch())


asyncio.run(main())
