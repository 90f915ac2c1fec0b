# Checks PriorityQueue.put_nowait raising TypeError part way up the heap:
# CPython's C heapq swaps items as it goes, so the new item is kept. (A DIFF
# before commit 5e50fd3: a hole-moving heapq lost the new item and
# duplicated (3, 'b').)
import asyncio


async def main():
    q = asyncio.PriorityQueue()
    for item in [(1, 'a'), (3, 'b'), (2, 'c'), (4, 'd')]:
        q.put_nowait(item)
    try:
        q.put_nowait((1, 5))
    except TypeError as e:
        print("TypeError:", e)
    print(q._queue)


asyncio.run(main())
