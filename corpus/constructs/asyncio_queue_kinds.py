# Checks asyncio.LifoQueue and asyncio.PriorityQueue: get order for ints and
# (priority, name) tuples with equal priorities, str(q) showing the internal
# list/heap order after several puts, and an uncaught QueueEmpty at the end.
import asyncio


async def drain(label, q):
    out = []
    while not q.empty():
        out.append(await q.get())
        q.task_done()
    print(f"{label} order:", out)


async def late_putter(q, items):
    for item in items:
        await asyncio.sleep(0.1)
        print("late put", item)
        await q.put(item)


async def main():
    lifo = asyncio.LifoQueue()
    for i in [1, 2, 3, 4]:
        lifo.put_nowait(i)
    print(str(lifo))
    print("lifo get:", lifo.get_nowait())
    lifo.put_nowait(10)
    print(str(lifo))
    await drain("lifo", lifo)

    pq = asyncio.PriorityQueue()
    for i in [5, 3, 8, 1, 9, 2, 7]:
        pq.put_nowait(i)
        print("heap after put", i, str(pq))
    print("pq get:", pq.get_nowait())
    print("heap after get:", str(pq))
    await drain("pq ints", pq)

    tq = asyncio.PriorityQueue(maxsize=10)
    entries = [(2, "write"), (1, "read"), (2, "alpha"), (0, "urgent"), (1, "check"), (2, "beta")]
    for e in entries:
        await tq.put(e)
    print(str(tq))
    print("qsize:", tq.qsize(), "full:", tq.full())
    await drain("pq tuples", tq)

    bq = asyncio.LifoQueue(maxsize=1)
    t = asyncio.create_task(late_putter(bq, ["x", "y"]))
    got = []
    for i in range(2):
        item = await bq.get()
        print("main got", item)
        got.append(item)
    await t
    print("got:", got, str(bq))

    wq = asyncio.PriorityQueue()
    getter = asyncio.create_task(wq.get())
    await asyncio.sleep(0)
    print("waiting getter:", str(wq))
    wq.put_nowait((3, "c"))
    wq.put_nowait((1, "a"))
    print("getter result:", await getter)
    print("left:", str(wq), wq.qsize())
    print("get_nowait:", wq.get_nowait())
    print("now empty:", wq.empty())
    wq.get_nowait()


asyncio.run(main())
