# Checks Semaphore(2) fairness: three waiters queue up, two releases happen in
# one callback, the first woken waiter is cancelled before it runs (its future
# already has a result, so acquire() gives the unit back and wakes the next).
# Also a BoundedSemaphore released too many times, and the reprs throughout.
import asyncio


async def worker(name, sem, log, hold):
    try:
        await sem.acquire()
    except asyncio.CancelledError:
        log.append(f"{name} cancelled: {sem!r}"[:12] + repr(sem._value))
        raise
    log.append(f"{name} in (value={sem._value}, locked={sem.locked()})")
    await asyncio.sleep(hold)
    sem.release()
    log.append(f"{name} out")


async def main():
    log = []
    sem = asyncio.Semaphore(2)
    await sem.acquire()
    await sem.acquire()
    print(sem)
    ts = [asyncio.create_task(worker(n, sem, log, d)) for n, d in
          [("A", 0.3), ("B", 0.2), ("C", 0.1), ("D", 0.05)]]
    await asyncio.sleep(0)
    print(sem)
    sem.release()
    sem.release()
    print("after 2 releases:", sem)
    ts[0].cancel()
    await asyncio.sleep(0)
    print("one turn:", sem, log)
    await asyncio.gather(*ts, return_exceptions=True)
    print("end:", sem)
    print(log)
    b = asyncio.BoundedSemaphore(1)
    async with b:
        print("inside bounded:", b)
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e, b)
    s0 = asyncio.Semaphore(0)
    print(s0, s0.locked())
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
