# An async generator let go of while paused (a `break` or `return` out of
# its `async for`) is closed by asyncio: its finalizer hook schedules
# `create_task(agen.aclose())` with `call_soon_threadsafe`, whose write to
# the self-pipe queues `_read_from_self` in the next iteration; the task
# throws GeneratorExit in at the `yield`, so the `finally` runs, and may
# await. A generator that raised is not closed again; one that yields
# while being closed fails its task with "async generator ignored
# GeneratorExit", reported when the task is freed.
import asyncio


async def ticker(name, n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0.1)
    finally:
        print(name, "closing")
        await asyncio.sleep(0.05)
        print(name, "closed")


async def stubborn():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("ignoring GeneratorExit")


async def failing(n):
    try:
        for i in range(n):
            yield i
        raise ValueError("boom")
    finally:
        print("failing finally")


async def first_of(gen):
    async for x in gen:
        return x


async def main():
    async for t in ticker("a", 5):
        print("a got", t)
        if t == 1:
            break
    print("after break")
    try:
        async for f in failing(2):
            print("failing got", f)
    except ValueError as e:
        print("caught", e)
    t = asyncio.create_task(asyncio.sleep(0))
    print(t.get_name())
    print(await first_of(ticker("b", 3)))
    await asyncio.sleep(0.2)
    print("slept")
    async for s in stubborn():
        print("stubborn", s)
        break
    await asyncio.sleep(0.01)
    print("end of main")


asyncio.run(main())
