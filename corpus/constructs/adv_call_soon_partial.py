import asyncio
from functools import partial

order = []
def rec(*a, **k):
    order.append((a, tuple(sorted(k.items()))))

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(partial(rec, 1, x=1))
    loop.call_soon(partial(rec, 2), "extra")
    h = loop.call_soon(partial(rec, 3))
    print(repr(h).startswith("<Handle"), h.cancelled())
    print(h)
    h2 = loop.call_later(0.02, partial(rec, "late", when=2))
    h3 = loop.call_later(0.01, partial(rec, "early"), "arg")
    loop.call_later(0.015, partial(rec, "cancelled"))
    h4 = loop.call_later(0.015, partial(rec, "cancelled2"))
    h4.cancel()
    print(h4.cancelled())
    await asyncio.sleep(0)
    print(order)
    await asyncio.sleep(0.05)
    print(order)
    fut = loop.create_future()
    loop.call_soon(partial(fut.set_result, "via partial"))
    print(await fut)
asyncio.run(main())
