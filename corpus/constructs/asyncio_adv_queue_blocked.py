# Checks Queue(maxsize=2) with several blocked putters and getters: a getter
# cancelled after put_nowait already woke it (the item must pass to the next
# getter), a putter cancelled after get_nowait woke it, join()/task_done, and
# the queue's str/repr with _getters[n] / _putters[n] / tasks=n.
import asyncio


async def getter(name, q, log):
    try:
        item = await q.get()
    except asyncio.CancelledError:
        log.append(f"{name} get-cancelled qsize={q.qsize()}")
        raise
    log.append(f"{name} got {item}")
    q.task_done()


async def putter(name, q, item, log):
    try:
        await q.put(item)
    except asyncio.CancelledError:
        log.append(f"{name} put-cancelled full={q.full()}")
        raise
    log.append(f"{name} put {item}")


async def main():
    log = []
    q = asyncio.Queue(maxsize=2)
    gs = [asyncio.create_task(getter(f"G{i}", q, log)) for i in range(3)]
    await asyncio.sleep(0)
    print(str(q))
    q.put_nowait("x")
    gs[0].cancel()
    await asyncio.sleep(0)
    print(str(q), log)
    await asyncio.sleep(0)
    print(str(q), log)
    q.put_nowait("y")
    q.put_nowait("z")
    try:
        q.put_nowait("w")
    except asyncio.QueueFull as e:
        print("QueueFull", repr(e), str(q))
    ps = [asyncio.create_task(putter(f"P{i}", q, i, log)) for i in range(3)]
    await asyncio.sleep(0)
    print(str(q))
    print(q.get_nowait())
    ps[1].cancel()
    await asyncio.sleep(0)
    print(str(q), log)
    print(q.get_nowait())
    await asyncio.sleep(0)
    print(str(q), log)
    while not q.empty():
        q.get_nowait()
        q.task_done()
    j = asyncio.create_task(q.join())
    await asyncio.sleep(0)
    n = 0
    while not j.done():
        q.task_done()
        n += 1
        print("task_done", n, str(q), j.done())
        await asyncio.sleep(0)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print("QueueEmpty", repr(e))
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError", e)
    await asyncio.gather(*gs, *ps, return_exceptions=True)
    print(log, str(q))


asyncio.run(main())
