# Cancelled as wait_for's inner task fails: fut.result() raises in wait_for's
# except during the throw, so the coroutine it leaves chains it again to its
# own handled exception (here KeyError, not wait_for's CancelledError).
import asyncio

async def inner():
    raise ValueError("inner")

async def middle():
    try:
        raise KeyError("k")
    except KeyError:
        await asyncio.wait_for(inner(), 10)

async def main():
    t = asyncio.create_task(middle())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except BaseException as e:
        print(type(e).__name__, e)
        c = e.__context__
        while c is not None:
            print(" ctx", type(c).__name__, c)
            c = c.__context__
        print("cause", repr(e.__cause__))

asyncio.run(main())
