import asyncio
from functools import partial

class Counter:
    def __init__(self, start, step=1):
        self.v = start
        self.step = step
    def bump(self, n=1):
        self.v += n * self.step
        return self.v
    async def abump(self, n):
        await asyncio.sleep(0)
        return self.bump(n)
    def __repr__(self):
        return f"Counter({self.v})"

async def main():
    mk = partial(Counter, step=10)
    c = mk(5)
    print(c, c.step)
    b = partial(c.bump, 2)
    print(b(), b(), b(n=0))
    ab = partial(c.abump, 3)
    print(await ab())
    print(await asyncio.gather(ab(), ab(), partial(c.abump)(1)))
    print(c)
    unbound = partial(Counter.bump, c)
    print(unbound(1))
asyncio.run(main())
