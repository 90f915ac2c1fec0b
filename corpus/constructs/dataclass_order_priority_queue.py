# @dataclass: order=True + compare=False name in PriorityQueue with 2
# workers + join/cancel.
import asyncio
from dataclasses import dataclass, field

@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)

async def producer(q, jobs, delay):
    for p, n in jobs:
        await asyncio.sleep(delay)
        await q.put(Job(p, n))
        print("queued", n)

async def consumer(q, cname, out):
    while True:
        job = await q.get()
        print(cname, "runs", job)
        out.append((cname, job.name))
        await asyncio.sleep(0.01)
        q.task_done()

async def main():
    q = asyncio.PriorityQueue()
    out = []
    await producer(q, [(5, "e"), (1, "a"), (3, "c"), (1, "a2"), (4, "d")], 0)
    workers = [asyncio.create_task(consumer(q, f"w{i}", out)) for i in range(2)]
    await q.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(out)
    print(Job(1, "x") == Job(1, "y"), Job(1, "x") < Job(2, "a"))

asyncio.run(main())
