import asyncio
import functools
from functools import partial
import time

def add(a, b, c=0):
    print("add", a, b, c)
    return a + b + c

async def greet(name, greeting="hello"):
    await asyncio.sleep(0.01)
    print(greeting, name)
    return name

def blocking(label, seconds):
    time.sleep(seconds)
    return f"{label} done"

def on_done(tag, fut):
    print("callback", tag, fut.result())

async def main():
    p = functools.partial(add, 1)
    print(p(2), p(2, c=5), p(b=3))
    q = partial(p, 10, c=1)
    print(q(), repr(q) == repr(q), type(q).__name__)
    print(partial(add, 1, c=2))
    r = await asyncio.gather(*(partial(greet, n)() for n in ["a", "b"]), partial(greet, greeting="hi")("c"))
    print(r)
    loop = asyncio.get_running_loop()
    out = await loop.run_in_executor(None, functools.partial(blocking, "job", 0.1))
    print(out)
    t = asyncio.create_task(greet("d"))
    t.add_done_callback(partial(on_done, "T"))
    await t
    await asyncio.sleep(0)
    print(sorted([3, 1, 2], key=partial(lambda k, x: k * x, -1)))
    try:
        functools.partial(5)
    except TypeError as e:
        print(e)
    print(await asyncio.to_thread(partial(blocking, "thread"), 0.05))

asyncio.run(main())
