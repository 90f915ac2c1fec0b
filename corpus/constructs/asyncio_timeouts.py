# asyncio.timeout and timeout_at: a block that takes too long is cancelled
# and raises TimeoutError out of the `async with`; one that finishes in time
# is left alone; reschedule moves the deadline; expired() says which; a
# timeout inside a task that is cancelled from outside lets the
# CancelledError through.
import asyncio


async def work(name, delay):
    print(name, "starts")
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    print(name, "finishes")
    return name


async def guarded():
    try:
        async with asyncio.timeout(0.5):
            await work("inner", 10)
    finally:
        print("guarded's finally")


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(1) as cm:
        print(await work("quick", 0.1))
    print("expired:", cm.expired(), cm)
    try:
        async with asyncio.timeout(0.2) as cm:
            print(cm.when() > loop.time())
            await work("slow", 1)
    except TimeoutError as e:
        print("timed out:", repr(e), cm.expired(), type(e.__cause__).__name__)
    try:
        async with asyncio.timeout_at(loop.time() + 0.3) as cm:
            cm.reschedule(loop.time() + 0.6)
            await work("rescheduled", 0.5)
    except TimeoutError:
        print("not reached")
    print(cm.expired(), cm.when() is not None)
    async with asyncio.timeout(None) as cm:
        await work("no limit", 0.1)
        print(cm)
    task = asyncio.create_task(guarded())
    await asyncio.sleep(0.1)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("the task was cancelled, not timed out:", task.cancelled())
    current = asyncio.current_task()
    print(current.cancelling(), current.uncancel())
    try:
        async with asyncio.timeout(0):
            await asyncio.sleep(0)
            print("not reached either")
    except TimeoutError:
        print("a timeout of 0 expires at the first await")
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print(e)


asyncio.run(main())
