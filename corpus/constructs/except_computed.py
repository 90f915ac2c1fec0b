# `except` clauses that evaluate what they catch when an exception reaches
# them: a parameter (a retry decorator's), a module variable, an
# attribute, a tuple held in a variable, and what CPython refuses there.
import asyncio
import functools

RETRYABLE = (ConnectionError, TimeoutError)
FATAL = KeyError


class Flaky(Exception):
    pass


def retry(times=3, exceptions=(Flaky,)):
    def decorator(func):
        @functools.wraps(func)
        async def wrapper(*args, **kwargs):
            for attempt in range(1, times + 1):
                try:
                    return await func(*args, **kwargs)
                except exceptions as e:
                    print(f"  attempt {attempt} of {func.__name__} failed: {e!r}")
                    await asyncio.sleep(0.01)
            return None

        return wrapper

    return decorator


calls = {"fetch": 0, "store": 0}


@retry(times=4)
async def fetch(n):
    calls["fetch"] += 1
    if calls["fetch"] < 3:
        raise Flaky(f"flaky {calls['fetch']}")
    return n * 2


@retry(exceptions=RETRYABLE)
async def store(n):
    calls["store"] += 1
    if calls["store"] == 1:
        raise TimeoutError("slow")
    if calls["store"] == 2:
        raise ConnectionError("reset")
    return f"stored {n}"


class Guard:
    def __init__(self, on):
        self.on = on

    def run(self, fn):
        try:
            return fn()
        except self.on as e:
            return f"guarded {type(e).__name__}"


def lookup():
    return {}["missing"]


def divide():
    return 1 / 0


async def main():
    print(await asyncio.gather(fetch(1), store(2)))
    print(Guard(KeyError).run(lookup))
    print(Guard((ZeroDivisionError, KeyError)).run(divide))
    try:
        lookup()
    except FATAL:
        print("fatal caught")
    try:
        Guard(ValueError).run(divide)
    except ZeroDivisionError as e:
        print("not guarded:", e)
    for bad in ("KeyError", (KeyError, "x"), ((KeyError,),), 3):
        try:
            Guard(bad).run(lookup)
        except TypeError as e:
            print("TypeError:", e, "| context:", repr(e.__context__))
    # Nothing raised: the clause is never evaluated.
    print(Guard("never evaluated").run(lambda: "fine"))


asyncio.run(main())
