# CPython's loop takes microseconds to run each callback and each
# iteration, so a hundred thousand `sleep(0)` steps take a measurable
# time (0.1 to 0.4 s on the machines this project has run on), in one task
# or spread over a hundred. On a clock only sleeps move, they take none.
# The threshold is well below the fastest of them, so that the output does
# not depend on the machine.
import asyncio
import time


async def spin(steps):
    for _ in range(steps):
        await asyncio.sleep(0)


async def main():
    start = time.perf_counter()
    await spin(100_000)
    print("one task, 100,000 steps, over 0.02 s:", time.perf_counter() - start > 0.02)
    start = time.perf_counter()
    await asyncio.gather(*(spin(1000) for _ in range(100)))
    print("100 tasks, 1,000 steps each, over 0.02 s:", time.perf_counter() - start > 0.02)


asyncio.run(main())
