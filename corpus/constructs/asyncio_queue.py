# Checks asyncio.Queue: the docs-style producer/consumers with task_done() and
# join(), consumers cancelled afterwards, a bounded queue with a blocked putter,
# QueueFull/QueueEmpty, qsize/empty/full, too many task_done(), str/repr, a cancelled getter.
import asyncio


async def consumer(name, q):
    try:
        while True:
            item = await q.get()
            print(f"{name} got {item}")
            await asyncio.sleep(item / 10)
            print(f"{name} done with {item}")
            q.task_done()
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def putter(q, item):
    print(f"putter wants to put {item}")
    await q.put(item)
    print(f"putter put {item}")


async def main():
    q = asyncio.Queue()
    for item in [4, 1, 2, 3]:
        q.put_nowait(item)
    print(str(q), q.qsize())
    workers = [asyncio.create_task(consumer(f"c{i}", q)) for i in range(2)]
    await q.join()
    print("joined, empty:", q.empty())
    for w in workers:
        w.cancel()
    res = await asyncio.gather(*workers, return_exceptions=True)
    print("gather:", [type(r).__name__ for r in res])

    b = asyncio.Queue(maxsize=2)
    b.put_nowait(1)
    b.put_nowait(2)
    print(str(b))
    print(repr(b))
    print("qsize/empty/full:", b.qsize(), b.empty(), b.full())
    try:
        b.put_nowait(3)
    except asyncio.QueueFull as e:
        print(type(e).__name__, repr(e))
    p = asyncio.create_task(putter(b, 3))
    await asyncio.sleep(0)
    print(str(b))
    print("got", await b.get())
    print("after get:", str(b), p.done())
    await p
    print("after putter:", str(b))
    while not b.empty():
        print("drain", b.get_nowait())
    try:
        b.get_nowait()
    except asyncio.QueueEmpty as e:
        print(type(e).__name__, repr(e))
    for i in range(3):
        b.task_done()
    try:
        b.task_done()
    except ValueError as e:
        print("ValueError:", e)

    g = asyncio.create_task(b.get())
    await asyncio.sleep(0)
    print("with getter:", str(b))
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("getter cancelled:", g.cancelled())
    print("after cancel:", str(b))
    await b.put(9)
    print("final get:", b.get_nowait(), str(b))


asyncio.run(main())
