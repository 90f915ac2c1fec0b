# Checks asyncio.Lock when a waiter is cancelled in the same iteration the lock
# was released to it (its future already has a result): CPython's acquire()
# catches CancelledError, sees the future done, and wakes the next waiter
# (_wake_up_first) before re-raising. Prints the lock repr at each step, who
# gets the lock next, and the final state of every task.
import asyncio


async def holder(lock, log):
    async with lock:
        log.append("H got")
        await asyncio.sleep(0.1)
        log.append("H release")
    log.append("H out")


async def waiter(name, lock, log):
    try:
        async with lock:
            log.append(f"{name} got")
            await asyncio.sleep(0)
            log.append(f"{name} release")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled, locked={lock.locked()}")
        raise


async def main():
    log = []
    lock = asyncio.Lock()
    h = asyncio.create_task(holder(lock, log))
    await asyncio.sleep(0)
    ws = [asyncio.create_task(waiter(n, lock, log)) for n in "ABC"]
    await asyncio.sleep(0)
    print("before:", lock)
    await asyncio.sleep(0.1)
    # holder released during the timer wake; A's future is done now
    print("after release:", lock, "log:", log)
    ws[0].cancel()
    print("cancel A returned", ws[0].cancelled())
    await asyncio.sleep(0)
    print("one turn:", lock, "log:", log)
    await asyncio.gather(*ws, return_exceptions=True)
    print("end:", lock)
    for t in ws:
        print(t.get_name()[:4], t.cancelled(), t.done())
    print(log)


asyncio.run(main())
