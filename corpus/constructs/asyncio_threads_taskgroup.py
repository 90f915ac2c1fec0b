# Shows to_thread inside a TaskGroup: when one thread's call fails, the group
# cancels its other tasks (their threads keep running to the end) and raises
# an ExceptionGroup; asyncio.run waits for the leftover thread as it ends.
import asyncio
import time


class FetchError(Exception):
    pass


def fetch(name, seconds, fail=False):
    time.sleep(seconds)
    if fail:
        raise FetchError(f"{name}: connection reset")
    print(f"  worker: {name} fetched")
    return name.upper()


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(asyncio.to_thread(fetch, "alpha", 0.1))
        b = tg.create_task(asyncio.to_thread(fetch, "beta", 0.2))
    print("first group:", a.result(), b.result())

    try:
        async with asyncio.TaskGroup() as tg:
            c = tg.create_task(asyncio.to_thread(fetch, "gamma", 0.3))
            d = tg.create_task(asyncio.to_thread(fetch, "delta", 0.1, fail=True))
    except* FetchError as eg:
        print("group failed:", [str(e) for e in eg.exceptions])
        print("gamma cancelled:", c.cancelled())
    print("main: done; asyncio.run now waits for gamma's thread")


asyncio.run(main())
