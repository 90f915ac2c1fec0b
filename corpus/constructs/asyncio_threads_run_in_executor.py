# Shows loop.run_in_executor(None, f, arg): the lower-level form of to_thread,
# which returns an asyncio future at once and passes positional arguments only.
import asyncio
import time


def checksum(data):
    time.sleep(0.2)
    return sum(data) % 256


def slow_square(n):
    time.sleep(0.1 * n)
    return n * n


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, checksum, [104, 101, 108, 108, 111])
    print("future:", type(fut).__name__, "done:", fut.done())
    print("checksum:", await fut)
    print("done now:", fut.done(), "result:", fut.result())

    futs = [loop.run_in_executor(None, slow_square, n) for n in (3, 1, 2)]
    print("squares:", await asyncio.gather(*futs))

    fut = loop.run_in_executor(None, slow_square, 2)
    await asyncio.sleep(0.1)
    print("still running after 0.1s:", not fut.done())
    await asyncio.sleep(0.2)
    print("finished after 0.3s:", fut.done(), fut.result())


asyncio.run(main())
