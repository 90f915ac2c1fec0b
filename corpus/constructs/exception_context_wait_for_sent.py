# wait_for woken by a send, its inner task failed: fut.result() raises in
# wait_for's frame, chained to the innermost handled exception (b's), and
# not chained again as it leaves b and a.
import asyncio

async def inner():
    await asyncio.sleep(0)
    raise ValueError("inner")

async def b():
    try:
        raise TypeError("b handles")
    except TypeError:
        await asyncio.wait_for(inner(), 10)

async def a():
    try:
        raise KeyError("a handles")
    except KeyError:
        await b()

async def main():
    try:
        await a()
    except BaseException as e:
        print(type(e).__name__, e)
        c = e.__context__
        while c is not None:
            print(" ctx", type(c).__name__, c)
            c = c.__context__

asyncio.run(main())
