# Real programs mix asyncio.wait with the other tools: a pool that keeps N
# jobs running and refills whenever one finishes, waits on tasks that live
# in a TaskGroup, on a gather, on queue workers, and under a Semaphore.
# A learner sees how wait's (done, pending) sets drive such loops.
import asyncio


class JobError(Exception):
    pass


# durations chosen so no two jobs end at the same instant
DURATION = [0.012, 0.083, 0.041, 0.127, 0.069, 0.031, 0.052, 0.095, 0.024, 0.077]


async def job(n):
    await asyncio.sleep(DURATION[n])
    if n == 6:
        raise JobError(f"job {n} failed")
    return n * n


async def pool(limit, total):
    print(f"pool of {limit} running {total} jobs")
    todo = list(range(total))
    running = set()
    results = []
    while todo or running:
        while todo and len(running) < limit:
            n = todo.pop(0)
            running.add(asyncio.create_task(job(n), name=f"job{n}"))
            print("  started", n, "running", len(running))
        done, running = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
        for t in sorted(done, key=lambda t: t.get_name()):
            if t.exception() is not None:
                print("  ", t.get_name(), "error:", t.exception())
            else:
                print("  ", t.get_name(), "->", t.result())
                results.append(t.result())
    print("pool results", results)


async def taskgroup_and_wait():
    print("TaskGroup + wait:")
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(job(n), name=f"tg{n}") for n in (1, 2, 3)]
        done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
        print("  inside the group, first done:", sorted(t.get_name() for t in done), "pending", len(pending))
        done, pending = await asyncio.wait(ts, timeout=0.05)
        print("  after a bit more:", sorted(t.get_name() for t in done), "pending", len(pending))
    print("  group exited; all done:", [t.done() for t in ts], [t.result() for t in ts])


async def taskgroup_failure_while_waiting():
    print("TaskGroup failure while main waits:")
    try:
        async with asyncio.TaskGroup() as tg:
            ts = [tg.create_task(job(n), name=f"f{n}") for n in (6, 3, 8)]
            done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
            print("  wait saw", sorted(t.get_name() for t in done), "pending", sorted(t.get_name() for t in pending))
    except* JobError as eg:
        print("  caught", [str(e) for e in eg.exceptions])
    print("  states", [("cancelled" if t.cancelled() else ("failed" if t.exception() else "ok")) for t in ts])


async def gather_and_wait():
    print("gather inside wait:")
    g = asyncio.gather(job(1), job(2))
    t = asyncio.create_task(job(4), name="alone")
    done, pending = await asyncio.wait([g, t], return_when=asyncio.FIRST_COMPLETED)
    print("  first:", ["gather" if f is g else f.get_name() for f in done], len(pending))
    done, pending = await asyncio.wait([g, t])
    print("  gather result", g.result(), "task result", t.result())


async def queue_workers():
    print("Queue workers + wait:")
    q = asyncio.Queue()
    for n in range(6):
        q.put_nowait(n)

    async def worker(name):
        handled = []
        while True:
            try:
                n = q.get_nowait()
            except asyncio.QueueEmpty:
                return (name, handled)
            await asyncio.sleep(0.01 * (n % 3 + 1) + 0.001 * n)
            handled.append(n)
            q.task_done()

    workers = [asyncio.create_task(worker(f"w{i}"), name=f"w{i}") for i in range(2)]
    done, pending = await asyncio.wait(workers, timeout=0.025)
    print("  at 0.025:", len(done), "done,", len(pending), "pending, queue size", q.qsize())
    await q.join()
    print("  queue joined")
    done, pending = await asyncio.wait(workers)
    print("  workers:", sorted(t.result() for t in done))


async def semaphore_and_wait():
    print("Semaphore + wait:")
    sem = asyncio.Semaphore(2)
    active = [0]

    async def limited(n):
        async with sem:
            active[0] += 1
            print(f"  {n} in (active {active[0]})")
            await asyncio.sleep(0.02 + 0.003 * n)
            active[0] -= 1
            print(f"  {n} out")
        return n

    ts = [asyncio.create_task(limited(n), name=f"s{n}") for n in range(4)]
    rounds = 0
    pending = ts
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        rounds += 1
        print("  round", rounds, sorted(t.result() for t in done), "left", len(pending))


async def event_and_wait():
    print("Event + wait with timeout:")
    ev = asyncio.Event()
    lock = asyncio.Lock()

    async def waiter(i):
        await ev.wait()
        async with lock:
            await asyncio.sleep(0.01)
            return i

    ts = [asyncio.create_task(waiter(i), name=f"e{i}") for i in range(3)]
    done, pending = await asyncio.wait(ts, timeout=0.05)
    print("  before set:", len(done), len(pending))
    ev.set()
    done, pending = await asyncio.wait(ts, timeout=0.025)
    print("  shortly after set:", sorted(t.get_name() for t in done), len(pending))
    done, pending = await asyncio.wait(ts)
    print("  finally:", sorted(t.result() for t in done))


async def main():
    await pool(3, 8)
    await taskgroup_and_wait()
    await taskgroup_failure_while_waiting()
    await gather_and_wait()
    await queue_workers()
    await semaphore_and_wait()
    await event_and_wait()


asyncio.run(main())
