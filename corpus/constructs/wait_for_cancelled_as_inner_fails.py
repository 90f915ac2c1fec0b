# A TaskGroup cancels a wait_for() in the very iteration its inner task
# fails: wait_for's `except CancelledError:` finds the inner task done and
# returns its result, so the inner ZeroDivisionError is raised while the
# CancelledError is handled, and the traceback shows both ("During
# handling of the above exception, another exception occurred").
import asyncio


async def fails_at_once():
    raise ValueError("first")


async def fails_later():
    for step in range(2):
        print("step", step)
        await asyncio.sleep(0)
    return 1 // 0


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(asyncio.wait_for(fails_at_once(), timeout=1))
        tg.create_task(asyncio.wait_for(fails_later(), timeout=1))


asyncio.run(main())
