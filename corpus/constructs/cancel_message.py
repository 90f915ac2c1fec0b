"""cancel(msg): the message reaches the coroutine and whoever awaits the
task or the gather; a task cancelled but not yet done shows as
`cancelling`; uncaught, the report names the message."""
import asyncio


async def worker(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print(name, "cancelled with", repr(e), e.args)
        raise


async def idle():
    await asyncio.sleep(1)


async def main():
    a = asyncio.create_task(worker("a"))
    b = asyncio.create_task(idle())
    c = asyncio.create_task(idle())
    await asyncio.sleep(0)
    print(a.cancel("stop it"), repr(a).split(" coro=")[0])
    print(b.cancel(msg="why"), c.cancel())
    print(repr(b).split(" coro=")[0])
    results = await asyncio.gather(a, b, c, return_exceptions=True)
    print(results)
    d = asyncio.create_task(idle())
    print(d.cancel("before it ran"), repr(d).split(" coro=")[0])
    try:
        await d
    except asyncio.CancelledError as e:
        print("awaited:", repr(e))
    g = asyncio.gather(idle(), idle())
    await asyncio.sleep(0)
    print(g.cancel("all of you"))
    try:
        await g
    except asyncio.CancelledError as e:
        print("gather:", repr(e))
    e = asyncio.create_task(idle())
    await asyncio.sleep(0)
    e.cancel("uncaught")
    await e


asyncio.run(main())
