# Several asyncio.run calls, each a fresh event loop: sequential awaits
# against gather, timed with time.perf_counter(); one run inside a loop,
# one inside a plain function; task names count on across loops, as
# the clock does.
import asyncio
import time

begin = time.perf_counter()


async def brew(name, seconds):
    print(f"{name} starts")
    await asyncio.sleep(seconds)
    print(f"{name} done")
    return name


async def one_by_one():
    return [await brew("tea", 1), await brew("coffee", 2)]


async def together():
    return await asyncio.gather(brew("tea", 1), brew("coffee", 2))


async def named():
    task = asyncio.create_task(brew("water", 0.5))
    print(task.get_name(), asyncio.current_task().get_name())
    return await task


def timed(coro_function):
    start = time.perf_counter()
    result = asyncio.run(coro_function())
    print(f"{coro_function.__name__}: {result} in {time.perf_counter() - start:.1f} s")
    return result


timed(one_by_one)
timed(together)
for round in range(2):
    print("round", round, asyncio.run(named()))
print(f"the clock moved {time.perf_counter() - begin:.1f} s")
