# A TaskGroup in a task cancelled from outside, caught with
# `except* CancelledError`; a TaskGroup whose body raises (its task is
# cancelled, the error comes out in the group); and the context of an
# error raised in the body after an await.
import asyncio

async def worker(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("worker", n, "cancelled")
        raise

async def main():
    t = asyncio.create_task(inner())
    await asyncio.sleep(0.05)
    t.cancel()
    try:
        await t
    except* asyncio.CancelledError as c:
        print("star caught", repr(c))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker(1))
            raise KeyError("body")
    except* KeyError as k:
        print("body error", repr(k))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker(2))
            await asyncio.sleep(0.01)
            1 / 0
    except ExceptionGroup as eg:
        print(repr(eg), eg.exceptions[0].__context__)

async def inner():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(worker(0))

asyncio.run(main())
