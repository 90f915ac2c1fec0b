# loop.call_soon_threadsafe from the loop's own thread: call_soon, and the
# self-pipe written, so the next iteration also runs _read_from_self (and
# does not wait for a timer); before run_forever, from main, and from a
# timer's callback.
import asyncio

def cb(n):
    print("cb", n)

async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0)

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(ticker())
    h = loop.call_soon_threadsafe(cb, 1)
    print(h)
    loop.call_soon(cb, 2)
    loop.call_soon_threadsafe(cb, 3)
    await asyncio.sleep(0)
    loop.call_later(0.1, loop.call_soon_threadsafe, cb, 4)
    await asyncio.sleep(0.2)
    await t

loop = asyncio.new_event_loop()
loop.call_soon_threadsafe(cb, 0)
loop.call_soon_threadsafe(loop.stop)
loop.run_forever()
loop.close()
asyncio.run(main())
