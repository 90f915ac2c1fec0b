# What asyncio.run's end writes to stderr, in CPython's order: a task that
# failed unseen is reported when main's end frees it, before the shutdown
# reports an exception raised while cancelling a pending task.
import asyncio


async def w0():
    try:
        await asyncio.sleep(1)
    finally:
        1 // 0


async def w1():
    raise ValueError("w1 failed")


async def main():
    t0 = asyncio.create_task(w0())
    t1 = asyncio.create_task(w1())
    await asyncio.sleep(0.01)


asyncio.run(main())
