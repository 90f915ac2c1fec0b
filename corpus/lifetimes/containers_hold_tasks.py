"""Failed tasks held in a dict, a tuple and a list: the dict frees its
values in insertion order, the tuple and the list last item first."""
import asyncio


async def bad(n):
    raise ValueError(n)


async def main():
    d = {k: asyncio.create_task(bad(k)) for k in ["a", "b", "c"]}
    tup = (asyncio.create_task(bad("t1")), asyncio.create_task(bad("t2")), asyncio.create_task(bad("t3")))
    lst = [asyncio.create_task(bad("l1")), asyncio.create_task(bad("l2"))]
    await asyncio.sleep(0)
    print(sorted(d), len(tup), len(lst))


asyncio.run(main())
