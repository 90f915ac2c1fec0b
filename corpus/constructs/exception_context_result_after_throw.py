# A task's exception that left it through a throw, raised again by
# t.result() in an except, is chained there (no stale mark from the throw).
import asyncio

async def boom():
    await asyncio.sleep(0)
    raise ValueError("boom")

async def mid():
    try:
        raise KeyError("mid")
    except KeyError:
        await asyncio.create_task(boom())

async def main():
    t = asyncio.create_task(mid())
    await asyncio.sleep(0.1)
    try:
        raise TypeError("main")
    except TypeError:
        try:
            t.result()
        except ValueError as e:
            print("ctx", repr(e.__context__))
    async def w():
        try:
            raise IndexError("w")
        except IndexError:
            await asyncio.wait_for(t, 5)
    try:
        await w()
    except ValueError as e:
        print("ctx2", repr(e.__context__))

asyncio.run(main())
