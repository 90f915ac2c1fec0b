# On a real clock no two callbacks run at the same moment: two readings
# differ, a deadline computed from an earlier reading comes before a
# sleep of the same length set since, and of two sleeps under a
# microsecond, the one set first is due first. On a clock only sleeps
# move, each of these is a tie, broken the other way.
import asyncio


async def nap(name, delay):
    await asyncio.sleep(delay)
    print(name)


async def main():
    loop = asyncio.get_running_loop()
    a = loop.time()
    b = loop.time()
    print("two readings equal:", a == b)

    start = loop.time()
    fut = loop.create_future()
    loop.call_later(0.4, fut.set_result, "the future's value")
    try:
        async with asyncio.timeout_at(start + 0.4):
            print(await fut)
    except TimeoutError:
        print("timed out first; the future was cancelled:", fut.cancelled())

    await asyncio.gather(nap("sleep(2e-9)", 2e-9), nap("sleep(1e-10)", 1e-10))


asyncio.run(main())
