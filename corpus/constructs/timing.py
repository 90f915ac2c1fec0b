"""The classic lesson: the same three waits, one after another and then
at once. Timings are printed rounded, as a tutorial would: the real clock
adds a few milliseconds that the virtual one does not."""
import asyncio
import time


async def fetch(name, seconds):
    print(f"{name}: start")
    await asyncio.sleep(seconds)
    print(f"{name}: done after {seconds}s")
    return name.upper()


async def main():
    start = time.perf_counter()
    for name, seconds in [("a", 0.3), ("b", 0.2), ("c", 0.1)]:
        await fetch(name, seconds)
    print(f"one after another: {time.perf_counter() - start:.1f} s")

    start = time.monotonic()
    results = await asyncio.gather(fetch("a", 0.3), fetch("b", 0.2), fetch("c", 0.1))
    elapsed = time.monotonic() - start
    print(f"at once: {elapsed:.1f} s, results {results}")

    start = time.perf_counter()
    time.sleep(0.2)
    print(f"time.sleep blocks: {time.perf_counter() - start:.1f} s")


asyncio.run(main())
