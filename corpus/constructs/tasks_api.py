"""Tasks by hand: create_task with names, done(), result(), cancel(),
cancelled(), CancelledError, and time.sleep blocking the loop."""

import asyncio
import time


async def tick(name, n, delay):
    for i in range(n):
        print(f'{name} tick {i} in {asyncio.current_task().get_name()}')
        await asyncio.sleep(delay)
    return f"{name} finished"


async def sleeper():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("sleeper was cancelled")
        raise


async def blocker():
    print("blocking for 0.05s")
    time.sleep(0.05)
    print("unblocked")


async def main():
    t1 = asyncio.create_task(tick("fast", 3, 0.01), name="fast-one")
    t2 = asyncio.create_task(tick("slow", 2, 0.03))
    s = asyncio.create_task(sleeper())
    print(t1.done(), t2.done())
    await asyncio.sleep(0)
    await blocker()
    r1 = await t1
    print(r1, t1.done(), t1.result())
    s.cancel()
    try:
        await s
    except asyncio.CancelledError:
        print("main saw the cancellation:", s.cancelled())
    print(await t2)
    me = asyncio.current_task()
    print(me.get_name(), me.done(), me is asyncio.current_task(), me is t1, repr(me)[:25])


if __name__ == "__main__":
    asyncio.run(main())
