# An AttributeError holds the object it was raised for (CPython's
# AttributeError.obj): a coroutine never awaited is reported when the
# exception goes, not when the attribute is read. A gather's `cancel` is a
# method written in Python. A task cancelled while asyncio.run shuts down
# after main raised gets main's exception as its __context__.
import asyncio


async def f():
    pass


async def child():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("child cancelled, context:", repr(e.__context__))


async def main():
    try:
        [f(), f()].push(1)
    except AttributeError as e:
        print("caught", e)
    print("after")
    g = asyncio.gather(asyncio.sleep(0.01))
    print(g.cancel)
    print(type(g.cancel).__name__, type(g.done).__name__)
    await g
    t = asyncio.create_task(child())
    await asyncio.sleep(0)
    raise KeyError("main fails")


asyncio.run(main())
