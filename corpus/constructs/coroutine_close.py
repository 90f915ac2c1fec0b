# `coro.close()` on a coroutine that never started: it never runs, never
# warns "was never awaited", and awaiting it after is CPython's
# RuntimeError; on one that finished it does nothing. Closing one a task
# holds before the task starts makes the task fail, reported when it is
# freed.
import asyncio


async def work(n):
    print("work", n)
    return n


async def main():
    c = work(1)
    c.close()
    c.close()
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    s = asyncio.sleep(1)
    s.close()
    d = work(2)
    print(await d)
    d.close()
    print(d.close())
    e = work(3)
    asyncio.create_task(e)
    e.close()
    await asyncio.sleep(0)


asyncio.run(main())
w = work(4)
w.close()
print("end")
