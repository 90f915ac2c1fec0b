# Checks loop.create_future() edge cases: set_exception with an exception
# class (instantiated by CPython),
# a future awaited twice (second await returns/raises at once), two tasks
# awaiting one future (woken in order of registration), set_result on a done
# future (InvalidStateError), result()/exception() while pending, cancel with
# a message and the message seen by both awaiters, and the future reprs.
# Verdict: DIFF: set_exception(KeyError) gives KeyError('') (see min_set_exception_class.py).
import asyncio


async def awaiter(name, fut, log):
    try:
        r = await fut
        log.append(f"{name} got {r!r}")
    except BaseException as e:
        log.append(f"{name} raised {type(e).__name__}{e.args}")


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_exception(KeyError)
    print(f, repr(f.exception()))
    for _ in range(2):
        try:
            await f
        except KeyError as e:
            print("KeyError", repr(e), e is f.exception())
    g = loop.create_future()
    print(g)
    try:
        g.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    try:
        g.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    log = []
    ts = [asyncio.create_task(awaiter(n, g, log)) for n in "XY"]
    await asyncio.sleep(0)
    print(g)
    g.set_result([1, 2])
    try:
        g.set_result(3)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    print(g, await g, await g)
    await asyncio.sleep(0)
    print(log)
    h = loop.create_future()
    ts = [asyncio.create_task(awaiter(n, h, log)) for n in "PQ"]
    await asyncio.sleep(0)
    print(h.cancel("stop"), h.cancel("again"), h)
    await asyncio.gather(*ts)
    print(log[-2:])
    try:
        h.result()
    except asyncio.CancelledError as e:
        print("CancelledError", e.args)


asyncio.run(main())
