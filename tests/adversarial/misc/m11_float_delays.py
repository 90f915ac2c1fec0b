import asyncio
import time


async def tick(name, d):
    await asyncio.sleep(d)
    print(name, d)
    return d


async def main():
    print(0.1 + 0.2, 0.1 + 0.2 == 0.3, round(0.1 + 0.2, 2))
    start = time.monotonic()
    res = await asyncio.gather(tick("a", 0.1 + 0.2), tick("b", 0.25), tick("c", 0.37), tick("d", 0.05 * 3))
    print(res)
    print(f"{time.monotonic() - start:.1f}")
    start = time.monotonic()
    for _ in range(3):
        await asyncio.sleep(0.1)
    print(f"{time.monotonic() - start:.1f}", round(time.monotonic() - start, 1))


asyncio.run(main())
