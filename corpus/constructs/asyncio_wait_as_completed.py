# asyncio.wait with FIRST_COMPLETED, timeout=, FIRST_EXCEPTION and
# ALL_COMPLETED, as_completed giving results in finishing order (with a
# timeout), and wait's error for an empty list.
import asyncio

async def work(n, d):
    await asyncio.sleep(d)
    print("work", n)
    if n == 2:
        raise ValueError(n)
    return n * 10

async def main():
    tasks = [asyncio.create_task(work(i, 0.1 * (3 - i))) for i in range(4)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), sorted(t.get_name() for t in done))
    # (Each set let go of before the next await: the step-by-step
    # comparison shows variables, and CPython orders a set of tasks by
    # address.)
    rest = sorted(pending, key=lambda t: t.get_name())
    del done, pending
    done, pending = await asyncio.wait(rest, timeout=0.15)
    print(len(done), len(pending))
    del done, pending
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending))
    del done, pending
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending))
    del done, pending
    for coro in asyncio.as_completed([work(5, 0.2), work(6, 0.1), work(7, 0.3)]):
        print("got", await coro)
    try:
        for coro in asyncio.as_completed([work(8, 0.2), work(9, 0.05)], timeout=0.1):
            print("got", await coro)
    except TimeoutError:
        print("timed out")
    try:
        await asyncio.wait([])
    except ValueError as e:
        print(e)
    await asyncio.sleep(0.5)

asyncio.run(main())
