# Objects holding tasks: a failed task kept by an object that a
# traceback keeps is reported when the exception goes, at the end of the
# handler, as CPython frees it; one kept by an object a frame drops is
# reported as the object goes.
import asyncio

async def fail(n):
    await asyncio.sleep(0.01)
    raise ValueError(f"fail {n}")

class Box:
    def __init__(self, t):
        self.t = t

async def helper():
    b = Box(asyncio.create_task(fail(2)))
    await asyncio.sleep(0.02)
    raise KeyError("helper")

async def main():
    try:
        await helper()
    except KeyError as e:
        print("caught", repr(e))
        await asyncio.sleep(0.01)
        print("still in handler")
    print("after")
    await asyncio.sleep(0.01)
    print("end")

asyncio.run(main())
