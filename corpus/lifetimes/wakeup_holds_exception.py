# The exception a task is woken with (what it awaited raised, or its
# cancellation) is held by asyncio's wakeup until the step ends: what only
# it keeps (the cancelled task's traceback, and the coroutine a frame of it
# held) is freed in the loop's callback, not where the `except` ends.
import asyncio


async def foo():
    return 1


async def waiter(x):
    await asyncio.sleep(10)


async def bad(x):
    await asyncio.sleep(0.1)
    raise ValueError("bad")


async def main():
    t = asyncio.create_task(waiter(foo()))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled")
        t = None
        print("let go of the task")
    print("after")
    t = asyncio.create_task(bad(foo()))
    try:
        await t
    except ValueError:
        print("caught")
        t = None
        print("rebound")
        await asyncio.sleep(0)
        print("slept in the handler")
    print("end")


asyncio.run(main())
