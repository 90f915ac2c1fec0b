# A loop callback that raises (call_soon, call_later, a done callback):
# the loop's exception handler logs "Exception in callback ...", the
# handle and the exception (its chain too), and the loop goes on.
import asyncio

class Boom(Exception):
    pass

def on_done(fut):
    print("done callback for", fut.result())
    raise Boom("in done callback")

def chained():
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e

async def work():
    await asyncio.sleep(0.1)
    return 42

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(work())
    t.add_done_callback(on_done)
    loop.call_soon(chained)
    h = loop.call_later(0.05, lambda: [][1])
    print(await t)
    await asyncio.sleep(0.1)
    print("still running", h.cancelled())

asyncio.run(main())
print("exit normally")
