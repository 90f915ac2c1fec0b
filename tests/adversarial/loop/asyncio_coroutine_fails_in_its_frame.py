# asyncio's own coroutines run as tasks (sleep, wait_for) fail in their own
# frames in tasks.py: "Task exception was never retrieved" announces a traceback.
import asyncio
async def main():
    t = asyncio.create_task(asyncio.sleep("x"))
    await asyncio.sleep(0)
    del t
    q = asyncio.Queue()
    t2 = asyncio.create_task(asyncio.wait_for(q.get(), "bad"))
    await asyncio.sleep(0)
    del t2
    print("end")
asyncio.run(main())
