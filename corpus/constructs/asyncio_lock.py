# Checks asyncio.Lock: the FIFO order in which `async with` users get the lock,
# explicit acquire()/release(), locked(), reprs with waiters, a waiter cancelled
# while queued, and releasing an unlocked lock (RuntimeError).
import asyncio


async def user(name, lock, delay):
    print(f"{name} wants the lock")
    async with lock:
        print(f"{name} has the lock, locked={lock.locked()}")
        await asyncio.sleep(delay)
        print(f"{name} releases the lock")
    return name


async def waiter(name, lock):
    print(f"{name} waiting")
    try:
        await lock.acquire()
        print(f"{name} acquired")
        await asyncio.sleep(0.05)
        print(f"{name} releasing")
        lock.release()
    except asyncio.CancelledError:
        print(f"{name} got CancelledError while waiting")
        raise


async def main():
    lock = asyncio.Lock()
    print(lock)
    print("locked before:", lock.locked())
    tasks = []
    for name, delay in [("A", 0.2), ("B", 0.1), ("C", 0.05)]:
        tasks.append(asyncio.create_task(user(name, lock, delay)))
    await asyncio.sleep(0)
    print("after one turn:", lock)
    results = await asyncio.gather(*tasks)
    print("results:", results)
    print("locked after gather:", lock.locked())

    await lock.acquire()
    print("main acquired, locked:", lock.locked())
    print(lock)
    w1 = asyncio.create_task(waiter("W1", lock))
    w2 = asyncio.create_task(waiter("W2", lock))
    await asyncio.sleep(0)
    print(lock)
    w1.cancel()
    try:
        await w1
    except asyncio.CancelledError:
        print("main: W1 cancelled:", w1.cancelled())
    print(lock)
    lock.release()
    print("main released, locked:", lock.locked())
    await w2
    print("W2 done:", w2.done(), "cancelled:", w2.cancelled())
    print(lock)

    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    # release while a waiter is queued, then re-acquire immediately in main
    await lock.acquire()
    w3 = asyncio.create_task(waiter("W3", lock))
    await asyncio.sleep(0)
    lock.release()
    print("released with W3 queued, locked:", lock.locked())
    await lock.acquire()
    print("main re-acquired after W3, W3 done:", w3.done())
    lock.release()
    print("final:", lock, lock.locked())


asyncio.run(main())
