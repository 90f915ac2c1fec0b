# asyncio.Barrier: three parties meet, each gets its index, the barrier
# refills for a second round; abort() breaks it for those waiting and
# those that come later (BrokenBarrierError); the repr as it fills.
# asyncio.shield: cancelling the outer future leaves the inner task
# running; an inner result reaches the outer future; ensure_future.
import asyncio


async def party(barrier, name, delay):
    await asyncio.sleep(delay)
    print(name, "arrives", barrier)
    index = await barrier.wait()
    print(name, "passes with index", index)
    return index


async def breaker(barrier, name):
    try:
        await barrier.wait()
    except asyncio.BrokenBarrierError as e:
        print(name, "broken:", repr(e), barrier.broken)


async def slow(name, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(name, "was cancelled")
        raise
    print(name, "finished anyway")
    return name


async def main():
    barrier = asyncio.Barrier(3)
    print(barrier, barrier.parties, barrier.n_waiting, barrier.broken)
    results = await asyncio.gather(*(party(barrier, n, d) for n, d in [("a", 0.1), ("b", 0.3), ("c", 0.2)]))
    print(results, barrier)
    results = await asyncio.gather(*(party(barrier, n, d) for n, d in [("d", 0.1), ("e", 0.1), ("f", 0.1)]))
    print(results)
    small = asyncio.Barrier(2)
    waiter = asyncio.create_task(breaker(small, "w1"))
    await asyncio.sleep(0.1)
    print(small)
    await small.abort()
    await waiter
    await breaker(small, "w2")
    print(small)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print(e)
    inner = asyncio.ensure_future(slow("inner", 0.3))
    outer = asyncio.shield(inner)
    print(asyncio.ensure_future(inner) is inner)
    await asyncio.sleep(0.1)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled:", outer.cancelled(), "inner done:", inner.done())
    print(await inner)
    print(await asyncio.shield(slow("direct", 0.1)))
    done = asyncio.ensure_future(slow("quick", 0))
    await asyncio.sleep(0.01)
    print(asyncio.shield(done) is done)


asyncio.run(main())
