# A timeout in as_completed or wait only stops the WAITING: the work itself
# keeps running unless you cancel it. A learner sees tasks finish after
# as_completed gave up, and the usual clean-up after wait(timeout=):
# cancel what is pending, then gather(return_exceptions=True) to let it end.
import asyncio


async def fetch(name, delay):
    try:
        await asyncio.sleep(delay)
        print(f"    {name} finished at its own pace")
        return f"{name}-data"
    except asyncio.CancelledError:
        print(f"    {name} got cancelled")
        raise
    finally:
        print(f"    {name} cleanup")


async def part1():
    print("as_completed with timeout=0.2:")
    tasks = [asyncio.create_task(fetch(f"p{i}", 0.07 * (i + 1)), name=f"p{i}") for i in range(5)]
    got = []
    try:
        for coro in asyncio.as_completed(tasks, timeout=0.2):
            got.append(await coro)
            print("  received", got[-1])
    except TimeoutError:
        print("  timed out after", len(got), "results")
    print("  still running:", [t.get_name() for t in tasks if not t.done()])
    await asyncio.sleep(0.25)
    print("  later:", [t.result() for t in tasks if t.done() and not t.cancelled()])


async def part2():
    print("as_completed over coroutines with timeout (tasks are made for them):")
    aws = [fetch("c_fast", 0.03), fetch("c_slow", 0.3)]
    try:
        for coro in asyncio.as_completed(aws, timeout=0.1):
            print("  received", await coro)
    except TimeoutError as e:
        print("  TimeoutError, args:", e.args)
    print("  waiting for the slow one to finish on its own")
    await asyncio.sleep(0.25)
    print("  (done waiting)")


async def part3():
    print("wait(timeout=) then cancel the pending ones:")
    tasks = [asyncio.create_task(fetch(f"w{i}", 0.1 * (i + 1) - 0.03), name=f"w{i}") for i in range(4)]
    done, pending = await asyncio.wait(tasks, timeout=0.15)
    print("  done:", sorted(t.get_name() for t in done), "pending:", sorted(t.get_name() for t in pending))
    for t in tasks:
        if t in pending:
            t.cancel()
    print("  cancel requested; cancelled() yet?", [t.cancelled() for t in tasks])
    results = await asyncio.gather(*tasks, return_exceptions=True)
    for t, r in zip(tasks, results):
        print("  ", t.get_name(), type(r).__name__, r if isinstance(r, str) else "")
    print("  cancelled() now?", [t.cancelled() for t in tasks])


async def part4():
    print("wait_for vs wait on timeout:")
    t = asyncio.create_task(fetch("wf", 0.2), name="wf")
    try:
        await asyncio.wait_for(t, timeout=0.05)
    except TimeoutError:
        print("  wait_for timed out; task cancelled?", t.cancelled())
    t2 = asyncio.create_task(fetch("wt", 0.2), name="wt")
    done, pending = await asyncio.wait([t2], timeout=0.05)
    print("  wait timed out; task cancelled?", t2.cancelled(), "in pending?", t2 in pending)
    print("  awaiting it:", await t2)


async def part5():
    print("timeout=0 and everything already finished:")
    tasks = [asyncio.create_task(fetch(f"z{i}", 0), name=f"z{i}") for i in range(2)]
    await asyncio.sleep(0.01)
    for coro in asyncio.as_completed(tasks, timeout=0):
        print("  received", await coro)
    print("timeout=0 with nothing finished:")
    slow = [asyncio.create_task(fetch(f"y{i}", 0.05 + 0.03 * i), name=f"y{i}") for i in range(2)]
    n = 0
    for coro in asyncio.as_completed(slow, timeout=0):
        try:
            await coro
        except TimeoutError:
            n += 1
    print("  timeouts:", n)
    res = await asyncio.gather(*slow)
    print("  gathered anyway:", res)


async def main():
    await part1()
    await part2()
    await part3()
    await part4()
    await part5()


asyncio.run(main())
