import asyncio
import time


async def f():
    return 1


async def main():
    t = asyncio.create_task(f())
    print(type(t))
    print(type(asyncio.gather(t)))
    print(type, range, len, time.monotonic, int, ValueError)
    print(print, repr, str, dict, list, tuple, float, bool, type(None))
    print(asyncio.CancelledError, asyncio.TimeoutError)
    print(type(1), type(1.0), type("s"), type([]), type(()), type({}), type(True))
    print(type(range(3)), type({}.keys()), type({}.values()), type({}.items()))
    print(type(main), type(print), type(len), type(time.monotonic))
    print(type(time))
    print(time)
    print(type(asyncio.current_task()))
    print(type(type), type(ValueError), type(int))
    print(type(enumerate([])), type(zip()))
    print(time.sleep, time.perf_counter)
    print(type(t).__name__, type(None).__name__, type(ValueError("x")).__name__)
    await t


asyncio.run(main())
