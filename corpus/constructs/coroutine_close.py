# `coro.close()` on a coroutine that never started: it never runs, never
# warns "was never awaited", and awaiting it after is CPython's
# RuntimeError; on one that finished it does nothing. Closing one a task
# holds before the task starts makes the task fail, reported when it is
# freed; cancelled before its first step, such a task fails too (the
# CancelledError thrown into a finished coroutine is CPython's
# RuntimeError), and is not cancelled.
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
    f = work(5)
    f.close()
    t = asyncio.create_task(f)
    t.cancel("msg")
    res = await asyncio.gather(t, return_exceptions=True)
    print(res, t.cancelled())
    g = work(6)
    g.close()
    both = asyncio.gather(g, work(7))
    both.cancel()
    try:
        print(await both)
    except asyncio.CancelledError:
        print("CancelledError")
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
w = work(4)
w.close()
print("end")
