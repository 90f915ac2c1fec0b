import asyncio

class Timer:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print(f"[{self.name}] start")
        await asyncio.sleep(0.1)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print(f"[{self.name}] exit {exc_type.__name__ if exc_type else None}")
        await asyncio.sleep(0)
        return exc_type is KeyError

class Sync:
    def __enter__(self):
        print("sync enter")
        return "value"
    def __exit__(self, et, ev, tb):
        print("sync exit", et)

async def work(name, n):
    async with Timer(name) as t:
        for i in range(n):
            print(name, i)
            await asyncio.sleep(0)
        if n == 2:
            raise KeyError(name)
    return name

async def early(name):
    async with Timer(name), Timer(name + "2") as t2:
        print("inside", t2.name)
        return 42

async def loop_break():
    for i in range(3):
        async with Timer(f"L{i}"):
            if i == 0:
                continue
            if i == 1:
                break
    print("after loop")
    with Sync() as v:
        print(v)
    with (Sync() as a, Sync() as b):
        print(a, b)

async def main():
    r = await asyncio.gather(work("a", 1), work("b", 2), work("c", 3), early("e"), loop_break())
    print(r)
    try:
        async with Timer("x"):
            raise ValueError("boom")
    except ValueError as e:
        print("caught", repr(e))

asyncio.run(main())
