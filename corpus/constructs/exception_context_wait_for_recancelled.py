# A second cancellation thrown through _cancel_and_wait is chained to the
# first (wait_for's except handles it), then to each coroutine's own on the
# way out (with none handling anything, the first stays its context); an
# exception a thrown task raised, kept and raised again later, is chained
# afresh.
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        raise

async def b():
    try:
        raise TypeError("b handles")
    except TypeError:
        await asyncio.wait_for(stubborn(), 10)

async def a():
    try:
        raise KeyError("a handles")
    except KeyError:
        await b()

async def a_bare():
    await asyncio.wait_for(stubborn(), 10)

def show(tag, e):
    print(tag, type(e).__name__, repr(e.args))
    c = e.__context__
    while c is not None:
        print("  ctx", type(c).__name__, c.args)
        c = c.__context__

async def cancel_twice(coro, tag):
    t = asyncio.create_task(coro)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel("first")
    await asyncio.sleep(0)
    t.cancel("second")
    try:
        await t
    except BaseException as e:
        show(tag, e)

async def main():
    await cancel_twice(a(), "double")
    await cancel_twice(a_bare(), "double, nothing handled")

    async def timeout_raises():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            raise ValueError("instead")
    async def w():
        try:
            raise IndexError("w")
        except IndexError:
            await asyncio.wait_for(timeout_raises(), 0.01)
    try:
        await w()
    except BaseException as e:
        show("timeout", e)

    saved = None
    async def failing():
        await asyncio.sleep(0)
        raise LookupError("failing")
    try:
        await asyncio.create_task(failing())
    except LookupError as e:
        saved = e
    try:
        raise OSError("now")
    except OSError:
        try:
            raise saved
        except LookupError as e:
            show("saved", e)
    saved = None

asyncio.run(main())
