# A coroutine's `__name__` and `__qualname__`: its function's, as they were
# when it was called (after `functools.wraps`, the wrapped function's).
import asyncio
import functools

def traced(func):
    @functools.wraps(func)
    async def wrapper(*a):
        return await func(*a)
    return wrapper

class Svc:
    async def poll(self):
        await asyncio.sleep(0)

@traced
async def job(n):
    await asyncio.sleep(0.01)
    return n

async def main():
    c = job(1)
    print(c.__name__, c.__qualname__)
    t = asyncio.create_task(Svc().poll())
    print(t.get_coro().__name__, t.get_coro().__qualname__)
    s = asyncio.sleep(0)
    print(s.__name__, s.__qualname__)
    w = asyncio.wait_for(job(2), 1)
    print(type(w).__name__, w.__name__, w.__qualname__)
    print(await c, await s, await w, await t)
    def local():
        async def inner():
            return 3
        return inner()
    i = local()
    print(i.__name__, i.__qualname__, await i)
    print([x.get_coro().__name__ for x in asyncio.all_tasks()])

asyncio.run(main())
