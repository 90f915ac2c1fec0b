import asyncio
import functools
import time
from functools import wraps


def timer(func):
    @functools.wraps(func)
    async def wrapper(*args, **kwargs):
        start = time.perf_counter()
        result = await func(*args, **kwargs)
        print(f"{func.__name__} finished in {time.perf_counter() - start:.1f}s")
        return result
    return wrapper


def logged(func):
    @wraps(func)
    def inner(*args):
        print("calling", inner.__name__, inner.__qualname__)
        return func(*args)
    return inner


@timer
async def fetch(name, delay):
    await asyncio.sleep(delay)
    return f"{name} done"


@logged
def square(x):
    return x * x


async def main():
    print(fetch.__name__, fetch.__qualname__, repr(fetch)[:18])
    print(square(4), square.__name__)
    results = await asyncio.gather(fetch("a", 1.0), fetch("b", 0.5))
    print(results)
    t = asyncio.create_task(fetch("c", 0.5))
    print(t.get_name(), repr(t)[:44])
    await t
    try:
        functools.wraps()
    except TypeError as e:
        print("TypeError:", e)
    print(repr(functools.wraps(square))[:44], repr(functools.wraps(square)).split(">, ")[-1])


asyncio.run(main())
