# A function's own attributes: a decorator that counts calls, what
# functools.wraps copies (the wrapped function's attributes, __wrapped__),
# deleting one, and CPython's AttributeError for one never set.
import asyncio
from functools import wraps


def counted(fn):
    @wraps(fn)
    async def inner(*args, **kwargs):
        inner.calls += 1
        return await fn(*args, **kwargs)

    inner.calls = 0
    return inner


def tagged(tag):
    def deco(fn):
        fn.tag = tag
        return fn
    return deco


def logged(fn):
    @wraps(fn)
    async def wrapper(*args):
        print("calling", wrapper.__name__, "tag:", wrapper.tag)
        return await fn(*args)
    return wrapper


@logged
@tagged("io")
async def fetch(n):
    await asyncio.sleep(0.01)
    return n * 10


@counted
async def ping(n):
    await asyncio.sleep(0)
    return f"pong {n}"


async def main():
    print(await asyncio.gather(ping(1), ping(2), ping(3)))
    print("ping calls:", ping.calls, ping.__name__)
    print(await fetch(4), fetch.tag, fetch.__wrapped__.__name__, fetch.__wrapped__.tag)
    print(ping.__wrapped__ is not ping)
    ping.calls = 100
    await ping(9)
    print(ping.calls)
    del ping.calls
    try:
        ping.calls
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        main.__wrapped__
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        del main.nothing
    except AttributeError as e:
        print("AttributeError:", e)


asyncio.run(main())
