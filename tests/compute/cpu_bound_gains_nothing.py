# Three CPU-bound tasks gathered take as long as running them one after
# the other: computing never overlaps, whatever asyncio does.
import asyncio
import time


async def count(n):
    total = 0
    for i in range(n):
        total += i
    return total


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(count(300000), count(300000), count(300000))
    elapsed = time.perf_counter() - start
    print(results[0] == results[2])
    print("took longer than 10 ms:", elapsed > 0.01)
    start = time.perf_counter()
    await asyncio.sleep(0.5)
    print("a sleep takes its own time:", round(time.perf_counter() - start, 1))


asyncio.run(main())
