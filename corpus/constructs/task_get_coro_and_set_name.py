# Task.get_coro() is the coroutine object the task was made with, before,
# during and after its run; set_name() renames the task in its repr,
# get_name() and current_task().
import asyncio


async def job(n):
    me = asyncio.current_task()
    print("running as", me.get_name())
    me.set_name(f"job-{n}")
    await asyncio.sleep(0)
    print("now called", asyncio.current_task().get_name())
    return n * 10


async def main():
    coros = [job(i) for i in range(3)]
    tasks = [asyncio.create_task(c) for c in coros]
    print([t.get_coro() is c for t, c in zip(tasks, coros)])
    print(type(tasks[0].get_coro()).__name__)
    tasks[2].set_name(12345)
    tasks[2].cancel()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    print(results)
    print([t.get_name() for t in tasks])
    print(tasks[0])
    print(tasks[2].get_coro() is coros[2], tasks[2].cancelled())
    try:
        await tasks[0].get_coro()
    except RuntimeError as e:
        print("RuntimeError:", e)
    this = asyncio.current_task()
    print(this.get_name(), this.get_coro())


asyncio.run(main())
