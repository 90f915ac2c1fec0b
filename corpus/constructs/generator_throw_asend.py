# A plain generator's `throw()`, and an async generator's `asend()` and
# `athrow()`, each awaited while other tasks run: the value sent is what
# the paused `yield` evaluates to, an exception thrown in is raised there
# (handled, the generator goes on to its next `yield`), and the edges
# CPython 3.11 has (unstarted, finished, closed).
import asyncio


def counter():
    n = 0
    while True:
        try:
            got = yield n
            n += 1 if got is None else got
        except ValueError as e:
            print("counter reset by", repr(e))
            n = 0


async def averager():
    total, count, avg = 0, 0, None
    while True:
        try:
            value = yield avg
        except KeyError as e:
            print("averager skips", repr(e), "context:", repr(e.__context__))
            await asyncio.sleep(0.01)
            continue
        await asyncio.sleep(0.01)
        total += value
        count += 1
        avg = total / count


async def ticker(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0.01)


async def main():
    c = counter()
    print(next(c), c.send(5), next(c))
    print(c.throw(ValueError("too big")), next(c))
    try:
        c.throw(KeyError)
    except KeyError as e:
        print("counter let", repr(e), "through")
    try:
        next(c)
    except StopIteration:
        print("counter finished")

    a = averager()

    async def feed():
        print("first", await a.asend(None))
        for v in (10, 20, 60):
            print("avg", await a.asend(v))
        print("after throw", await a.athrow(KeyError("x")))
        print("avg", await a.asend(30))

    await asyncio.gather(feed(), ticker("tick", 6))
    await a.aclose()
    print("athrow on closed:", await a.athrow(ValueError("late")))

    fresh = averager()
    try:
        await fresh.asend(1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        await fresh.athrow(ValueError("unstarted"))
    except ValueError as e:
        print("unstarted raises", repr(e))
    print("then finished:", await fresh.athrow(ValueError("again")))

    g = averager()
    await g.asend(None)
    step = g.asend(4)
    print(await step)
    try:
        await step
    except RuntimeError as e:
        print("RuntimeError:", e)
    await g.aclose()


asyncio.run(main())
