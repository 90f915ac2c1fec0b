# Shows two asyncio.run calls in a row: each makes a new event loop with its
# own default executor, and shuts that executor down before returning.
import asyncio
import time


def blocking(label, seconds):
    time.sleep(seconds)
    print(f"  worker: {label} slept {seconds}s")
    return label


async def first():
    loop = asyncio.get_running_loop()
    r = await loop.run_in_executor(None, blocking, "one", 0.1)
    print("first run got", r)
    asyncio.create_task(asyncio.to_thread(blocking, "left running", 0.2))
    await asyncio.sleep(0.05)
    print("first run returns, its worker still sleeping")
    return loop


async def second(old_loop):
    print("same loop?", asyncio.get_running_loop() is old_loop)
    rs = await asyncio.gather(asyncio.to_thread(blocking, "two", 0.1), asyncio.to_thread(blocking, "three", 0.2))
    print("second run got", rs)


old = asyncio.run(first())
print("between runs, old loop closed:", old.is_closed())
asyncio.run(second(old))
print("end")
