# Checks asyncio.Condition: consumers blocked in `async with cond: await
# cond.wait()`, notify(1) then notify_all() and the order waiters resume,
# wait_for(predicate), notify() without the lock (RuntimeError), and reprs.
import asyncio


async def consumer(name, cond, log):
    async with cond:
        print(f"{name} waiting")
        r = await cond.wait()
        print(f"{name} woke with {r}, locked={cond.locked()}")
        log.append(name)
        await asyncio.sleep(0.01)
        print(f"{name} leaves")


async def predicate_waiter(cond, box):
    async with cond:
        print("P waits for box >= 3")
        r = await cond.wait_for(lambda: box[0] >= 3)
        print(f"P done, predicate returned {r}, box={box[0]}")


async def main():
    cond = asyncio.Condition()
    print(cond)
    log = []
    tasks = [asyncio.create_task(consumer(n, cond, log)) for n in ["A", "B", "C"]]
    await asyncio.sleep(0)
    print(cond)
    async with cond:
        print("producer holds the lock:", cond)
        cond.notify(1)
        print("notify(1) sent, still holding")
        await asyncio.sleep(0.05)
        print("producer leaving the lock")
    await asyncio.sleep(0.1)
    print("log after notify(1):", log)
    async with cond:
        cond.notify_all()
        print("notify_all sent:", cond)
    await asyncio.gather(*tasks)
    print("log:", log)

    box = [0]
    p = asyncio.create_task(predicate_waiter(cond, box))
    for i in range(4):
        await asyncio.sleep(0.05)
        async with cond:
            box[0] += 1
            print(f"producer sets box={box[0]}")
            cond.notify_all()
    await p
    print("P finished:", p.done())

    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cond.notify_all()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)

    lock = asyncio.Lock()
    shared = asyncio.Condition(lock)
    async with shared:
        print("shared locked:", shared.locked(), lock.locked())
    print(shared)


asyncio.run(main())
