# The module's code gathering a task of a loop it made, with no current
# loop set: gather takes the loop from its first argument (a future), as
# ensure_future does; a loop's methods are Python methods (`method`,
# `BaseEventLoop.stop`), and each read of a method, a loop's or a
# future's or a list's, makes a new object, equal to the others.
import asyncio

async def job(n):
    await asyncio.sleep(0.1 * n)
    return n

loop = asyncio.new_event_loop()
t = loop.create_task(job(1))
print(loop.run_until_complete(asyncio.gather(t)))
t = loop.create_task(job(2))
print(loop.run_until_complete(asyncio.gather(t, job(1), return_exceptions=True)))
print(asyncio.ensure_future(t) is t)
print(type(loop.stop), type(loop.close), type(t.done), type([].append))

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    xs = []
    m = xs.append
    print(loop.stop is loop.stop, f.cancel is f.cancel, xs.append is xs.append, m is m)
    print(loop.stop == loop.stop, f.cancel == f.cancel, str.upper is str.upper)
    print(loop.call_later, loop.call_soon)
    f.cancel()

loop.run_until_complete(main())
loop.close()
