# Shows asyncio.to_thread: a blocking function runs on a worker thread, with
# positional and keyword arguments, and its result comes back to the task.
import asyncio
import time


def download(name, size, *, delay=0.1, verbose=False):
    if verbose:
        print(f"  worker: downloading {name}")
    time.sleep(delay)
    if verbose:
        print(f"  worker: finished {name}")
    return f"{name}: {size} bytes"


async def main():
    start = time.perf_counter()
    result = await asyncio.to_thread(download, "a.txt", 100)
    print("got", repr(result), f"after {time.perf_counter() - start:.1f}s")
    result = await asyncio.to_thread(download, "b.txt", size=250, delay=0.2, verbose=True)
    print("got", repr(result), f"after {time.perf_counter() - start:.1f}s")
    result = await asyncio.to_thread(sorted, [3, 1, 2], reverse=True)
    print("sorted in a thread:", result)
    coro = asyncio.to_thread(download, "c.txt", 7)
    print("to_thread returns", type(coro).__name__)
    print("got", await coro)


asyncio.run(main())
