# Shows the mistake of calling time.sleep in a coroutine: it blocks the whole
# event loop (no task runs, no callback), though a worker thread keeps going;
# the worker's result is only delivered once the loop runs again.
import asyncio
import time


def worker():
    print("worker: step 1")
    time.sleep(0.1)
    print("worker: step 2")
    time.sleep(0.1)
    print("worker: done")
    return 42


async def other():
    print("other: started")
    await asyncio.sleep(0.05)
    print("other: woke (late: the loop was blocked)")


async def main():
    start = time.perf_counter()
    task = asyncio.create_task(asyncio.to_thread(worker))
    await asyncio.sleep(0)
    o = asyncio.create_task(other())
    time.sleep(0.3)
    print(f"main: blocked the loop for {time.perf_counter() - start:.1f}s; task done: {task.done()}")
    print("main: result", await task)
    await o


asyncio.run(main())
