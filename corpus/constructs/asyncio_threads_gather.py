# Shows gather() over several to_thread calls and an asyncio.sleep: the
# blocking calls run side by side on worker threads while the loop keeps
# running tasks, and gather returns the results in argument order.
import asyncio
import time


def fetch(url, seconds):
    time.sleep(seconds)
    print(f"  worker: fetched {url}")
    return len(url)


async def ticker():
    for i in range(3):
        await asyncio.sleep(0.2)
        print(f"ticker: tick {i + 1}")
    return "ticks done"


async def main():
    start = time.perf_counter()
    results = await asyncio.gather(
        asyncio.to_thread(fetch, "https://example.com/slow", 0.5),
        asyncio.to_thread(fetch, "https://example.com", 0.1),
        ticker(),
        asyncio.to_thread(fetch, "https://example.org/page", 0.3),
    )
    print("results:", results)
    print(f"all done in {time.perf_counter() - start:.1f}s, not 0.9s")


asyncio.run(main())
