# Checks Condition.wait cancellation: one waiter cancelled (with a message)
# after notify() already chose it, one cancelled while re-acquiring the lock
# inside wait()'s finally (the loop swallows the CancelledError and raises a
# fresh one without the message), and wait_for with a predicate. Prints the
# exception args, the condition repr and the order in which waiters wake.
import asyncio


async def waiter(name, cond, log):
    async with cond:
        try:
            r = await cond.wait()
            log.append(f"{name} woke {r}")
        except asyncio.CancelledError as e:
            log.append(f"{name} cancelled args={e.args} locked={cond.locked()}")
            raise


async def main():
    log = []
    cond = asyncio.Condition()
    ts = [asyncio.create_task(waiter(n, cond, log)) for n in "ABC"]
    await asyncio.sleep(0)
    print(cond)
    async with cond:
        cond.notify(2)
        print("notified:", cond)
        ts[0].cancel("first")
        await asyncio.sleep(0)
        print("held, one turn:", cond, log)
        ts[1].cancel("second")
    await asyncio.sleep(0)
    print("released:", cond, log)
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    r = await asyncio.gather(*ts, return_exceptions=True)
    print([type(x).__name__ for x in r], [x.args if x is not None else None for x in r])
    print(log)
    flag = []

    async def wf():
        async with cond:
            v = await cond.wait_for(lambda: len(flag) >= 2 and flag)
            print("wait_for got", v)

    t = asyncio.create_task(wf())
    for i in range(3):
        await asyncio.sleep(0)
        async with cond:
            flag.append(i)
            cond.notify()
    await t
    try:
        await cond.wait()
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
