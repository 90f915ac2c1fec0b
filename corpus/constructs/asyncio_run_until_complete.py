# The module code of older tutorials: asyncio.get_event_loop(),
# loop.create_task, loop.run_until_complete (a task's result or its
# exception), is_running/is_closed, close, run_until_complete on a closed
# or running loop, asyncio.run then get_event_loop, new/set_event_loop.
import asyncio

async def job(n):
    await asyncio.sleep(0.1 * n)
    print("job", n)
    if n == 2:
        raise ValueError("job 2 failed")
    return n

loop = asyncio.get_event_loop()
print(loop.is_running(), loop.is_closed())
tasks = [loop.create_task(job(i)) for i in (3, 1)]
done, pending = loop.run_until_complete(asyncio.wait(tasks))
print(sorted(t.result() for t in done), len(pending))
try:
    loop.run_until_complete(job(2))
except ValueError as e:
    print("caught", e)
print(loop.run_until_complete(asyncio.gather(job(1), job(0))))

async def inner():
    l = asyncio.get_event_loop()
    print(l is loop, l.is_running())
    try:
        l.run_until_complete(job(0))
    except RuntimeError as e:
        print(e)
    try:
        l.close()
    except RuntimeError as e:
        print(e)

loop.run_until_complete(inner())
loop.close()
print(loop.is_closed())
try:
    loop.run_until_complete(job(0))
except RuntimeError as e:
    print(e)
print(asyncio.run(job(1)))
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print(e)
new = asyncio.new_event_loop()
asyncio.set_event_loop(new)
print(asyncio.get_event_loop() is new)
print(new.run_until_complete(job(1)))
new.close()
