# Shows as_completed() over to_thread calls: results arrive in the order the
# threads finish, not the order they were started.
import asyncio
import time


def resize(name, seconds):
    time.sleep(seconds)
    return f"{name} resized"


async def main():
    start = time.perf_counter()
    jobs = [
        asyncio.to_thread(resize, "big.png", 0.3),
        asyncio.to_thread(resize, "small.png", 0.1),
        asyncio.to_thread(resize, "medium.png", 0.2),
    ]
    for i, next_done in enumerate(asyncio.as_completed(jobs), 1):
        result = await next_done
        print(f"{i}. {result} at {time.perf_counter() - start:.1f}s")

    try:
        for next_done in asyncio.as_completed([asyncio.to_thread(resize, "huge.png", 0.3)], timeout=0.1):
            print(await next_done)
    except asyncio.TimeoutError:
        print(f"timed out at {time.perf_counter() - start:.1f}s; the thread still runs")


asyncio.run(main())
