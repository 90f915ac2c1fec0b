# loop.run_forever() and loop.stop(), as the docs' "Hello World with
# call_soon()" and older tutorials use them: stop() from a callback or a
# task ends the iteration it runs in (what else is ready in it still runs,
# what it schedules waits for the next run); run_until_complete stopped
# before its future is done raises, and so does asyncio.run (after
# cancelling what is left, main too); run_forever on a closed or running
# loop.
import asyncio

def hello_world(loop):
    print('Hello World')
    loop.stop()
    print(loop.stop, loop.close)

loop = asyncio.new_event_loop()
loop.call_soon(hello_world, loop)
try:
    loop.run_forever()
finally:
    print("closed:", loop.is_closed())

def cb(loop, n):
    print("cb", n)
    if n == 2:
        loop.stop()
        loop.call_soon(cb, loop, 10)

for n in range(4):
    loop.call_soon(cb, loop, n)
loop.call_later(0.5, cb, loop, 99)
loop.run_forever()
print("after the first run_forever")
loop.call_later(1, cb, loop, 2)
loop.run_forever()
print("after the second")

async def worker(n, steps):
    for i in range(steps):
        print(n, i)
        await asyncio.sleep(0.1)
    if n == 'b':
        asyncio.get_running_loop().stop()
        print("b asked the loop to stop")
        try:
            asyncio.get_running_loop().run_forever()
        except RuntimeError as e:
            print("RuntimeError:", e)
    return n

ta = loop.create_task(worker('a', 5))
tb = loop.create_task(worker('b', 2))
loop.call_soon(print, "first callback")
print(loop.run_forever())
print("stopped; running:", loop.is_running(), "a done:", ta.done(), "b:", tb.result())
loop.run_until_complete(ta)
print("a:", ta.result())

async def stopper():
    print("stopping")
    asyncio.get_running_loop().stop()
    await asyncio.sleep(1)
    print("never")

t = loop.create_task(stopper())
try:
    loop.run_until_complete(t)
except RuntimeError as e:
    print("RuntimeError:", e)
print(t.done(), t.get_coro().__name__)
t.cancel()
loop.run_until_complete(asyncio.sleep(0))
print(t.cancelled())
loop.close()
try:
    loop.run_forever()
except RuntimeError as e:
    print("RuntimeError:", e)

async def other():
    try:
        await asyncio.sleep(5)
    finally:
        print("other cleaned up")

async def main():
    asyncio.create_task(other())
    await asyncio.sleep(0)
    print("main stops the loop")
    asyncio.get_running_loop().call_later(0.2, asyncio.get_running_loop().stop)
    await asyncio.sleep(1)
    print("never")

try:
    asyncio.run(main())
except RuntimeError as e:
    print("RuntimeError:", e)
