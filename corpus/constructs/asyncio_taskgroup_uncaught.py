# An asyncio.TaskGroup failure that nobody catches ends the program with
# CPython's exception-group traceback. Here two tasks fail at different
# times: the second one fails while cleaning up after its cancellation,
# and the group still collects both errors, in the order they happened.
import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    print(f"{name}: giving up")
    raise ValueError(f"{name} failed")


async def writer(name):
    try:
        await asyncio.sleep(0.3)
        print("not printed")
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        await asyncio.sleep(0.05)
        print(f"{name}: cleanup failed")
        raise OSError(f"{name} could not flush")


async def main():
    print("start")
    async with asyncio.TaskGroup() as tg:
        tg.create_task(writer("writer"))
        tg.create_task(fetch("fetch", 0.1))
        print("tasks created")
    print("not printed")


asyncio.run(main())
