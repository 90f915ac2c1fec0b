# Timers with the very same deadline fire in the order CPython's heap gives
# them (heapq compares deadlines alone); deadlines read from the clock one
# by one never tie in CPython, so those fire in the order they were set.
import asyncio


async def shared_deadline(name, deadline, order):
    try:
        async with asyncio.timeout_at(deadline):
            await asyncio.sleep(10)
    except TimeoutError:
        order.append(name)


async def own_deadline(name, order):
    loop = asyncio.get_running_loop()
    try:
        async with asyncio.timeout_at(loop.time() + 0.5):
            await asyncio.sleep(10)
    except TimeoutError:
        order.append(name)


async def own_timeout(name, order):
    try:
        async with asyncio.timeout(0.5):
            await asyncio.sleep(10)
    except TimeoutError:
        order.append(name)


async def main():
    loop = asyncio.get_running_loop()
    now = loop.time()
    fired = []
    for name in "abcdefg":
        loop.call_at(now + 1, fired.append, name)
    loop.call_at(now + 0.5, fired.append, "early")
    for i in range(12):
        loop.call_at(now + 1 + (i % 3), fired.append, i)
    await asyncio.sleep(4)
    print("call_at, one reading:", fired)

    fired = []
    for name in "abcde":
        loop.call_at(loop.time() + 1, fired.append, name)
    await asyncio.sleep(2)
    print("call_at, a reading each:", fired)

    order = []
    deadline = loop.time() + 0.5
    await asyncio.gather(*(shared_deadline(f"w{i}", deadline, order) for i in range(6)))
    print("one shared deadline:", order)

    order = []
    await asyncio.gather(*(own_deadline(f"w{i}", order) for i in range(6)))
    print("a deadline each:", order)

    order = []
    await asyncio.gather(*(own_timeout(f"w{i}", order) for i in range(6)))
    print("timeout(0.5) each:", order)

    # TimerHandle compares by deadline, callback, arguments and state.
    w = loop.time() + 10
    a = loop.call_at(w, print, 1)
    b = loop.call_at(w, print, 2)
    c = loop.call_at(w, print, 1)
    # (Their order, `<`, the virtual-clock harness gives its own.)
    print(a == b, a == c, a != c, a is c)
    a.cancel()
    b.cancel()
    print(a == b, [a, b].index(b), b in [a])
    c.cancel()

    # More than 100 timers, most cancelled: the loop drops them all and
    # rebuilds its heap, which reorders the ties left.
    fired = []
    now = loop.time()
    handles = [loop.call_at(now + 1, fired.append, i) for i in range(150)]
    for h in handles[::3] + handles[1::3]:
        h.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(2)
    print("after the rebuild:", fired)


asyncio.run(main())
