import asyncio
from functools import partial

def on_done(tag, fut, *, extra=None):
    print("done cb", tag, extra, fut.result())

async def job():
    await asyncio.sleep(0.01)
    return 42

async def main():
    t = asyncio.create_task(job(), name="J")
    t.add_done_callback(partial(on_done, "first"))
    t.add_done_callback(partial(on_done, "second", extra=[1, "x"]))
    print(repr(t))
    await t
    await asyncio.sleep(0)
    print(repr(t))
    f = asyncio.get_running_loop().create_future()
    f.add_done_callback(partial(print, "fut done:"))
    print(repr(f))
    f.set_result("ok")
    await asyncio.sleep(0)
    print(f.remove_done_callback(partial(print, "fut done:")))
asyncio.run(main())
