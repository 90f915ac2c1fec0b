# Checks fut.remove_done_callback equality and timing: a bound method of a
# program object added then removed through a fresh bound method (equal, so
# removed), a different instance's method (not equal), print (a builtin),
# removing after set_result (CPython already moved the callbacks to the
# ready queue: 0 removed and they still run), and a callback that removes
# another one of the same future while callbacks are being scheduled.
import asyncio


class Obs:
    def __init__(self, name):
        self.name = name

    def seen(self, fut):
        print(self.name, "saw", fut.result())


async def main():
    loop = asyncio.get_running_loop()
    a, b = Obs("a"), Obs("b")
    f = loop.create_future()
    f.add_done_callback(a.seen)
    f.add_done_callback(b.seen)
    f.add_done_callback(print)
    f.add_done_callback(a.seen)
    print(a.seen == a.seen, a.seen is a.seen, a.seen == b.seen)
    print("remove a.seen:", f.remove_done_callback(a.seen))
    print("remove Obs('b').seen:", f.remove_done_callback(Obs("b").seen))
    print(f)
    f.set_result(1)
    print("after set_result:", f.remove_done_callback(b.seen), f.remove_done_callback(print))
    await asyncio.sleep(0)
    g = loop.create_future()

    def remover(fut):
        print("remover runs, removes", fut.remove_done_callback(b.seen))

    g.add_done_callback(remover)
    g.add_done_callback(b.seen)
    g.set_result(2)
    await asyncio.sleep(0)
    print("done")


asyncio.run(main())
