# `contextlib.closing` and `contextlib.aclosing`: the block's end closes
# the object, also when the block breaks out of an async generator early
# or raises, which runs the generator's `finally` there and then.
import asyncio
import contextlib
from contextlib import aclosing, closing


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closed", self.name)


async def ticks(name, n):
    try:
        for i in range(n):
            await asyncio.sleep(0.01)
            yield f"{name}{i}"
    finally:
        print("ticks", name, "finalized")


async def reader(name):
    async with aclosing(ticks(name, 10)) as gen:
        async for t in gen:
            print("got", t)
            if t.endswith("1"):
                break
        print("after the loop of", name)
    print("after the block of", name)
    return name


async def main():
    with closing(Resource("db")) as r:
        print("using", r.name)
    try:
        with contextlib.closing(Resource("file")):
            raise ValueError("inside")
    except ValueError as e:
        print("raised", e)
    print(await asyncio.gather(reader("a"), reader("b")))
    cm = aclosing(ticks("c", 1))
    print(type(cm).__name__, type(cm).__module__)
    async with cm as gen:
        print(await gen.__anext__())


asyncio.run(main())
