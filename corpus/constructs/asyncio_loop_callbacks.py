# The loop's own callbacks: call_soon runs in the next iteration, in the
# order scheduled; call_later and call_at fire by their deadline; a
# cancelled handle never runs; a future's done-callbacks run once it is
# done (one added to a finished future is scheduled at once), and
# remove_done_callback takes them off.
import asyncio


def hello(name, *rest):
    print("hello", name, rest)


class Counter:
    def __init__(self):
        self.n = 0

    def tick(self, by):
        self.n += by
        print("tick", self.n)


def on_done(fut):
    print("done:", fut.result(), fut.done())


async def main():
    loop = asyncio.get_running_loop()
    counter = Counter()
    h1 = loop.call_soon(hello, "a")
    h2 = loop.call_soon(hello, "b", 1, 2)
    h3 = loop.call_soon(counter.tick, 5)
    print(h1.cancelled())
    h2.cancel()
    print(h2.cancelled(), h2)
    print("before sleep")
    await asyncio.sleep(0)
    print("after sleep(0)")
    t1 = loop.call_later(0.2, hello, "late")
    t2 = loop.call_later(0.1, counter.tick, 1)
    t3 = loop.call_at(loop.time() + 0.15, print, "at", "0.15")
    t4 = loop.call_later(0.05, hello, "never")
    t4.cancel()
    print(t1.when() > loop.time(), t4.cancelled())
    fut = loop.create_future()
    fut.add_done_callback(on_done)
    fut.add_done_callback(print)
    print(fut.remove_done_callback(print))
    loop.call_later(0.12, fut.set_result, 42)
    print(await fut)
    await asyncio.sleep(0.2)
    done = loop.create_future()
    done.set_result("early")
    done.add_done_callback(on_done)
    print("added to a finished future")
    await asyncio.sleep(0)
    task = asyncio.create_task(asyncio.sleep(0.01, ))
    task.add_done_callback(lambda t: print("task done, cancelled:", t.cancelled()))
    await task
    await asyncio.sleep(0)
    print("counter", counter.n)


asyncio.run(main())
