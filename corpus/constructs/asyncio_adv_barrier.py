# Checks asyncio.Barrier: three parties pass twice (indexes returned in
# arrival order, the repr while filling and draining), a waiter cancelled
# while filling (n_waiting goes back down), reset() while a task waits (it
# gets BrokenBarrierError and the barrier is usable again), abort() (broken,
# later waits fail at once), and Barrier(0) (ValueError).
import asyncio


async def party(name, b, d, log):
    await asyncio.sleep(d)
    try:
        i = await b.wait()
        log.append(f"{name}:{i}")
    except asyncio.BrokenBarrierError as e:
        log.append(f"{name} broken {e.args}")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled n_waiting={b.n_waiting}")
        raise


async def main():
    log = []
    b = asyncio.Barrier(3)
    print(b, b.parties, b.n_waiting, b.broken)
    ts = [asyncio.create_task(party(n, b, d, log)) for n, d in
          [("A", 0.01), ("B", 0.02), ("C", 0.03), ("D", 0.04), ("E", 0.05), ("F", 0.06)]]
    await asyncio.sleep(0.025)
    print("filling:", b)
    await asyncio.sleep(0.01)
    print("after third:", b, log)
    await asyncio.gather(*ts)
    print(b, log)
    log.clear()
    t1 = asyncio.create_task(party("G", b, 0, log))
    t2 = asyncio.create_task(party("H", b, 0, log))
    await asyncio.sleep(0.01)
    print(b)
    t1.cancel()
    await asyncio.sleep(0.01)
    print("after cancel:", b, log)
    await b.reset()
    print("reset:", b)
    await t2
    print(b, log)
    t3 = asyncio.create_task(party("I", b, 0, log))
    await asyncio.sleep(0.01)
    await b.abort()
    await t3
    print(b, b.broken, log)
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print("BrokenBarrierError", e, isinstance(e, RuntimeError))
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)
    await asyncio.gather(t1, return_exceptions=True)


asyncio.run(main())
