# Rich comparison methods: asyncio.PriorityQueue of __lt__ objects; two
# consumers; interleaved producers; get_nowait drain.
import asyncio

class Task_:
    def __init__(self, prio, label):
        self.prio = prio
        self.label = label
    def __lt__(self, other):
        return self.prio < other.prio
    def __repr__(self):
        return f"<{self.prio}:{self.label}>"

async def producer(q, items, delay):
    for p, l in items:
        await asyncio.sleep(delay)
        await q.put(Task_(p, l))
        print("put", l, "qsize", q.qsize())

async def consumer(q, name, n):
    got = []
    for _ in range(n):
        t = await q.get()
        print(name, "got", t)
        got.append(t.label)
        q.task_done()
        await asyncio.sleep(0.02)
    return got

async def main():
    q = asyncio.PriorityQueue()
    await producer(q, [(3, "c"), (1, "a"), (2, "b"), (0, "z")], 0)
    r = await asyncio.gather(consumer(q, "c1", 2), consumer(q, "c2", 2))
    print(r)
    await asyncio.gather(
        producer(q, [(9, "x"), (4, "y")], 0.01),
        producer(q, [(7, "p"), (5, "q")], 0.01),
    )
    out = []
    while not q.empty():
        out.append(q.get_nowait())
    print(out)

asyncio.run(main())
