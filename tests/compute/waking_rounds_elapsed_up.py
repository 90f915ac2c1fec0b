# Elapsed time measured around a sleep is a little over the sleep, never
# exactly it: 0.25 s, 1.25 s and 2.5 s measured land past the halves that
# round to even, so `:.1f`, `round()` and `:.0f` round them up.
import asyncio
import time


async def main():
    loop = asyncio.get_running_loop()
    start = time.perf_counter()
    await asyncio.sleep(0.25)
    elapsed = time.perf_counter() - start
    print(f"{elapsed:.1f}", round(elapsed, 1))
    start = loop.time()
    await asyncio.gather(asyncio.sleep(0.5), asyncio.sleep(1.25))
    print(f"gather took {loop.time() - start:.1f} s")
    start = time.perf_counter()
    await asyncio.sleep(1)
    await asyncio.sleep(1.5)
    print(f"{time.perf_counter() - start:.0f} s", round(time.perf_counter() - start))
    start = time.perf_counter()
    time.sleep(0.25)
    print(f"time.sleep: {time.perf_counter() - start:.1f}")


asyncio.run(main())
