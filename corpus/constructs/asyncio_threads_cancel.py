# Shows cancelling a task that awaits to_thread: the task is cancelled at its
# await right away, while the worker thread carries on to the end of its
# function; its result is thrown away.
import asyncio
import time


def crunch(numbers):
    print("worker: crunching")
    time.sleep(0.2)
    print("worker: done crunching")
    return sum(numbers)


async def job():
    try:
        total = await asyncio.to_thread(crunch, range(10))
        print("job: total", total)
    except asyncio.CancelledError:
        print("job: cancelled while the thread runs")
        raise
    finally:
        print("job: finally")


async def main():
    task = asyncio.create_task(job())
    await asyncio.sleep(0.1)
    print("main: cancelling, cancel() ->", task.cancel())
    try:
        await task
    except asyncio.CancelledError:
        print("main: task.cancelled() =", task.cancelled())
    await asyncio.sleep(0.2)
    print("main: the worker finished meanwhile")


asyncio.run(main())
