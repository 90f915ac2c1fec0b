# A future keeps the loop it was made on. A later asyncio.run is another
# loop: awaiting a pending future of the closed one is CPython's
# RuntimeError (thrown into the task at its next step), a finished one
# still gives its result, and a done-callback added to a finished one is
# scheduled on its closed loop: "Event loop is closed".
import asyncio

kept = {}


async def first():
    loop = asyncio.get_running_loop()
    kept["pending"] = loop.create_future()
    kept["task"] = asyncio.create_task(asyncio.sleep(0.01, "slept"))
    await kept["task"]
    print("first done")


async def second():
    print("second starts")
    print(await kept["task"])
    try:
        await kept.pop("pending")
    except RuntimeError as e:
        print("RuntimeError:", "attached to a different loop" in str(e))
    print("after the error")
    try:
        kept["task"].add_done_callback(print)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(kept.pop("task").result())


asyncio.run(first())
asyncio.run(second())
