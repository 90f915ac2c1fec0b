# Shows an exception raised in a worker thread: it travels back through the
# future and is raised at the `await` in the task, where it can be caught;
# return_exceptions=True collects it instead.
import asyncio
import time


def parse(text):
    time.sleep(0.1)
    return int(text)


class StorageError(Exception):
    pass


def save(record):
    time.sleep(0.1)
    raise StorageError(f"disk full while saving {record!r}")


async def main():
    try:
        await asyncio.to_thread(parse, "forty-two")
    except ValueError as e:
        print("caught from the thread:", e)

    try:
        await asyncio.to_thread(save, {"id": 1})
    except StorageError as e:
        print(f"caught {type(e).__name__}: {e}")
        print("args:", e.args)

    results = await asyncio.gather(
        asyncio.to_thread(parse, "7"),
        asyncio.to_thread(parse, "x"),
        asyncio.to_thread(parse, "35"),
        return_exceptions=True,
    )
    for r in results:
        print("  ", type(r).__name__, r)


asyncio.run(main())
