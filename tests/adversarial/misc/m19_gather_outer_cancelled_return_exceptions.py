import asyncio


async def child(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("child cancelled", n)
        raise
    return n


async def main():
    g = asyncio.gather(child(1), child(2), return_exceptions=True)
    await asyncio.sleep(0)
    print("cancel ->", g.cancel())
    try:
        print("result", await g)
    except asyncio.CancelledError as e:
        print("outer raised", repr(e))
    print(g.done(), g.cancelled())
    h = asyncio.gather(child(3), return_exceptions=True)
    await asyncio.sleep(0)
    h.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(h.done(), h.cancelled(), repr(h.exception()) if not h.cancelled() else "-")


asyncio.run(main())
