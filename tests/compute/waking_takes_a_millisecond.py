# epoll waits whole milliseconds: a sleep shorter than one lasts one,
# so a hundred sleep(0.0001) take about 0.11 s, not 0.01 s, and two
# sleeps under a millisecond end in the same iteration.
import asyncio
import time


async def say(what, delay):
    await asyncio.sleep(delay)
    print(what)


async def main():
    start = time.perf_counter()
    for _ in range(100):
        await asyncio.sleep(0.0001)
    print(f"100 x sleep(0.0001): {time.perf_counter() - start:.1f} s")
    loop = asyncio.get_running_loop()
    loop.call_later(0.0003, print, "callback at 0.3 ms")
    await asyncio.gather(say("task at 0.5 ms", 0.0005), say("task at 0.1 ms", 0.0001))


asyncio.run(main())
