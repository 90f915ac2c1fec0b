# asyncio.wait_for: a result in time, a timeout (the task cancelled and
# cleaned up before TimeoutError), zero and negative timeouts, None, tasks.
import asyncio


async def work(name, delay):
    try:
        print(f"{name} starts")
        await asyncio.sleep(delay)
        print(f"{name} finishes")
        return f"{name} done"
    finally:
        print(f"{name} cleans up")


async def ticker():
    for i in range(6):
        print("tick", i)
        # Never due together with the other timers, even on a real clock.
        await asyncio.sleep(0.04)


async def main():
    t = asyncio.create_task(ticker())
    print(await asyncio.wait_for(work("quick", 0.1), timeout=1))
    try:
        await asyncio.wait_for(work("slow", 1), 0.12)
    except asyncio.TimeoutError as e:
        print("timed out:", repr(e))
    try:
        await asyncio.wait_for(work("zero", 0.1), 0)
    except TimeoutError:
        print("zero timeout")
    print(await asyncio.wait_for(work("none", 0.01), None))
    task = asyncio.create_task(work("task", 0.05))
    print(await asyncio.wait_for(task, 0.2), task.done())
    task2 = asyncio.create_task(work("task2", 0.5))
    try:
        await asyncio.wait_for(task2, 0.05)
    except asyncio.TimeoutError:
        print("task2 cancelled:", task2.cancelled())
    try:
        await asyncio.wait_for(asyncio.sleep(1), -1)
    except asyncio.TimeoutError:
        print("negative")
    await t
    try:
        await asyncio.wait_for(5, 1)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
