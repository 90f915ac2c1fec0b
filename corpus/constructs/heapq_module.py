# heapq on a list, as CPython's _heapq runs it: only `<` is asked (the
# program's __lt__ too, in CPython's order), heappushpop and heapreplace,
# heapify, and its errors, with tasks pushing and popping in turn.
import asyncio
import heapq
from heapq import heappush, heappop


class Job:
    log = []

    def __init__(self, prio, name):
        self.prio = prio
        self.name = name

    def __lt__(self, other):
        Job.log.append(f"{self.name}<{other.name}")
        return self.prio < other.prio

    def __repr__(self):
        return f"Job({self.prio}, {self.name!r})"


async def producer(heap, jobs, delay):
    for prio, name in jobs:
        await asyncio.sleep(delay)
        heappush(heap, Job(prio, name))
        print("pushed", name, [j.name for j in heap])


async def main():
    heap = []
    await asyncio.gather(
        producer(heap, [(5, "e"), (1, "a"), (3, "c")], 0.1),
        producer(heap, [(2, "b"), (4, "d"), (0, "z")], 0.15),
    )
    print(Job.log)
    Job.log.clear()
    order = []
    while heap:
        order.append(heappop(heap).name)
    print(order, Job.log)
    nums = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
    heapq.heapify(nums)
    print(nums)
    print(heapq.heappushpop(nums, -1), heapq.heappushpop(nums, 10), nums)
    print(heapq.heapreplace(nums, 11), nums)
    pairs = []
    for p in [(2, "x"), (1, "y"), (2, "a"), (1, "b")]:
        heapq.heappush(pairs, p)
    print([heapq.heappop(pairs) for _ in range(4)])
    print(heapq.heappushpop([], 5))
    for call in (
        lambda: heapq.heappop([]),
        lambda: heapq.heapreplace([], 1),
        lambda: heapq.heappush((), 1),
        lambda: heapq.heappop((1,)),
        lambda: heapq.heappush([]),
        lambda: heapq.heapify([], 1),
        lambda: heapq.heappush([1], "a"),
    ):
        try:
            call()
        except (TypeError, IndexError) as e:
            print(type(e).__name__, e)


asyncio.run(main())
