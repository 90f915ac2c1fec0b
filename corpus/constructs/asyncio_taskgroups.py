# asyncio.TaskGroup when no task fails: the block waits for every task it
# started, including tasks started by its tasks; results are read from the
# tasks after the block; names given with name=; the group's repr as it
# goes; its RuntimeErrors (not entered, entered twice, finished); and a
# group whose parent task is cancelled from outside cancels its tasks and
# lets the CancelledError out (with one task left to cancel: CPython
# cancels several in the order of a set, by memory address).
import asyncio


async def work(name, delay):
    print(name, "starts")
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    print(name, "done")
    return name.upper()


async def spawner(tg, n):
    for i in range(n):
        tg.create_task(work(f"child{i}", 0.05 * (i + 1)))
        await asyncio.sleep(0)
    return "spawned"


async def grouped():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(work("x", 0.1))
        tg.create_task(work("y", 2))
        print("grouped body ends")


async def main():
    async with asyncio.TaskGroup() as tg:
        print(tg)
        t1 = tg.create_task(work("a", 0.2))
        t2 = tg.create_task(work("b", 0.1), name="bee")
        t3 = tg.create_task(spawner(tg, 3))
        print(tg, t2.get_name())
    print(tg)
    print(t1.result(), t2.result(), t3.result())
    async with asyncio.TaskGroup() as outer:
        async with asyncio.TaskGroup() as inner:
            inner.create_task(work("inner", 0.1))
            outer.create_task(work("outer", 0.2))
        print("inner group done, outer still waits:", outer)
    late = asyncio.TaskGroup()
    try:
        late.create_task(work("never", 0))
    except RuntimeError as e:
        print(e)
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print(e)
    try:
        tg.create_task(asyncio.sleep(0))
    except RuntimeError as e:
        print(e)
    task = asyncio.create_task(grouped())
    await asyncio.sleep(0.5)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("grouped was cancelled:", task.cancelled())


asyncio.run(main())
