import asyncio
import time


def log_calls(func):
    def wrapper(*args, **kwargs):
        print(f"calling {func.__name__} with {args} {kwargs}")
        result = func(*args, **kwargs)
        print(f"{func.__name__} returned {result!r}")
        return result
    return wrapper


def timed(func):
    async def wrapper(*args, **kwargs):
        start = time.perf_counter()
        result = await func(*args, **kwargs)
        elapsed = time.perf_counter() - start
        print(f"{func.__name__} took {elapsed:.1f}s")
        return result
    return wrapper


def retry(times):
    def decorate(func):
        async def wrapper(*args):
            for attempt in range(1, times + 1):
                try:
                    return await func(*args)
                except ValueError as e:
                    print(f"attempt {attempt} failed: {e}")
            return None
        return wrapper
    return decorate


def tag(label):
    def decorate(func):
        def wrapper(*args):
            return f"<{label}>{func(*args)}</{label}>"
        return wrapper
    return decorate


@log_calls
def add(a, b=10):
    return a + b


@tag("b")
@tag("i")
def greet(name):
    return f"hi {name}"


attempts = {"n": 0}


@retry(3)
async def flaky(name):
    attempts["n"] += 1
    await asyncio.sleep(0.25)
    if attempts["n"] < 3:
        raise ValueError(f"{name} not yet")
    return f"{name} ok"


@timed
async def fetch(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    print(add(1), add(2, b=3))
    print(greet("ann"))
    print(await flaky("job"))
    results = await asyncio.gather(fetch("a", 1.0), fetch("b", 0.5))
    print(results)
    print(add.__name__, fetch.__name__, greet.__name__)

    def counted(func):
        calls = 0

        def wrapper(*args):
            nonlocal calls
            calls += 1
            print(f"call {calls} of {func.__name__}")
            return func(*args)
        return wrapper

    @counted
    def double(x):
        return 2 * x

    print(double(1), double(2))


asyncio.run(main())
