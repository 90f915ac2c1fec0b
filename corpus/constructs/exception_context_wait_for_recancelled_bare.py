# As exception_context_wait_for_recancelled, with no coroutine handling
# anything: the second CancelledError keeps the first as its context.
import asyncio

async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        raise

async def b():
    await asyncio.wait_for(stubborn(), 10)

async def a():
    await b()

def show(tag, e):
    print(tag, type(e).__name__, repr(e.args))
    c = e.__context__
    while c is not None:
        print("  ctx", type(c).__name__, c.args)
        c = c.__context__

async def main():
    t = asyncio.create_task(a())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel("first")
    await asyncio.sleep(0)
    t.cancel("second")
    try:
        await t
    except BaseException as e:
        show("double", e)

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
