# Checks asyncio.Semaphore and BoundedSemaphore: Semaphore(2) limiting five
# workers with different sleeps, locked(), reprs, release() from another task
# on Semaphore(0), a cancelled waiter, and the ValueErrors of both kinds.
import asyncio


async def worker(name, sem, delay):
    async with sem:
        print(f"{name} start, locked={sem.locked()}")
        await asyncio.sleep(delay)
        print(f"{name} end")
    return delay


async def opener(sem):
    await asyncio.sleep(0.1)
    print("opener releases")
    sem.release()
    print("opener released, locked:", sem.locked())


async def blocked(name, sem):
    print(f"{name} waiting")
    try:
        await sem.acquire()
        print(f"{name} acquired")
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def main():
    sem = asyncio.Semaphore(2)
    print(sem)
    delays = [0.4, 0.1, 0.2, 0.05, 0.15]
    tasks = []
    for i in range(5):
        tasks.append(asyncio.create_task(worker(f"W{i}", sem, delays[i])))
    await asyncio.sleep(0)
    print(sem)
    print("results:", await asyncio.gather(*tasks))
    print(sem, sem.locked())

    zero = asyncio.Semaphore(0)
    print("zero locked:", zero.locked(), zero)
    t = asyncio.create_task(opener(zero))
    await zero.acquire()
    print("main acquired zero")
    await t

    c = asyncio.create_task(blocked("C", zero))
    d = asyncio.create_task(blocked("D", zero))
    await asyncio.sleep(0)
    print(zero)
    c.cancel()
    try:
        await c
    except asyncio.CancelledError:
        print("main: C cancelled", c.cancelled())
    zero.release()
    await d
    print("D done:", d.done(), zero)

    bounded = asyncio.BoundedSemaphore(1)
    await bounded.acquire()
    bounded.release()
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)
    print(bounded)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
