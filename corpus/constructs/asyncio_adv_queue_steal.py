# Checks a woken Queue getter whose item is taken by get_nowait before it
# runs (it loops, queues a new getter at the back, and the next put goes to
# the other waiting getter first), LifoQueue order with a blocked putter,
# PriorityQueue with equal priorities (ties broken by the second field,
# which compares fine), and str(q) at each step.
import asyncio


async def getter(name, q, log):
    item = await q.get()
    log.append(f"{name}<-{item}")


async def main():
    log = []
    q = asyncio.Queue()
    g1 = asyncio.create_task(getter("g1", q, log))
    g2 = asyncio.create_task(getter("g2", q, log))
    await asyncio.sleep(0)
    q.put_nowait("a")
    print("stolen:", q.get_nowait(), str(q))
    await asyncio.sleep(0)
    print(str(q), log)
    q.put_nowait("b")
    await asyncio.sleep(0)
    print(str(q), log)
    q.put_nowait("c")
    await asyncio.gather(g1, g2)
    print(str(q), log)
    lq = asyncio.LifoQueue(2)
    for x in (1, 2):
        await lq.put(x)
    p = asyncio.create_task(lq.put(3))
    await asyncio.sleep(0)
    print(str(lq))
    print(lq.get_nowait(), str(lq))
    await p
    print(str(lq), [lq.get_nowait() for _ in range(lq.qsize())])
    pq = asyncio.PriorityQueue()
    for item in [(2, "b"), (1, "z"), (2, "a"), (1, "y"), (0, "q"), (2, "a")]:
        pq.put_nowait(item)
        print(pq._queue)
    out = []
    while not pq.empty():
        out.append(pq.get_nowait())
    print(out)


asyncio.run(main())
