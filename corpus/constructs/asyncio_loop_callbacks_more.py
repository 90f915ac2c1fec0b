# Loop callbacks run with the loop running and no task: they can read the
# running loop, start tasks and schedule more callbacks; a task named by
# loop.create_task takes no number; builtin methods as callbacks compare
# equal for remove_done_callback; handle reprs shorten long arguments;
# a PriorityQueue keeps its items when a comparison fails; a loop kept
# after asyncio.run schedules nothing but still makes futures.
import asyncio

kept = []


async def job(n):
    print("job", n, asyncio.current_task().get_name())


def from_callback(tag):
    loop = asyncio.get_running_loop()
    print("callback", tag, asyncio.current_task())
    loop.call_soon(print, "scheduled by", tag)
    asyncio.create_task(job(tag))


class Greeter:
    pass


async def main():
    loop = asyncio.get_running_loop()
    kept.append(loop)
    loop.call_soon(from_callback, "a")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    named = loop.create_task(job("named"), name="mine")
    plain = loop.create_task(job("plain"))
    print(named.get_name(), plain.get_name())
    await asyncio.gather(named, plain)
    fut = loop.create_future()
    seen = []
    fut.add_done_callback(seen.append)
    print(fut.remove_done_callback(seen.append), fut.remove_done_callback(seen.append))
    fut.add_done_callback(seen.append)
    fut.set_result(7)
    await asyncio.sleep(0)
    print(len(seen), seen[0].result())
    print(loop.call_soon(print, "x" * 50))
    print(loop.call_soon(Greeter))
    h = loop.call_later(callback=print, delay=0.5)
    at3 = loop.call_at(3, print)
    print(round(h.when() - loop.time(), 3), at3.when())
    at3.cancel()
    for bad in [lambda: loop.call_later(None, print), lambda: fut.add_done_callback(), lambda: fut.set_result()]:
        try:
            bad()
        except Exception as e:
            print(type(e).__name__, e)
    q = asyncio.PriorityQueue()
    for item in [(0, "a"), (5, "b"), (5, "c"), (6, "d")]:
        q.put_nowait(item)
    try:
        q.put_nowait((0, None))
    except TypeError as e:
        print(e)
    print(q, [q.get_nowait() for _ in range(q.qsize())])


asyncio.run(main())
loop = kept[0]
print(loop.create_future())
try:
    loop.call_soon(print)
except RuntimeError as e:
    print(e)
