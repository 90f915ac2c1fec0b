# Cancelled before its first step, the task has the CancelledError thrown in
# at `async def w():`: it leaves that frame with a traceback, which the
# gather's "exception was never retrieved" report announces.
import asyncio
async def w():
    await asyncio.sleep(1)
async def main():
    t = asyncio.create_task(w())
    t.cancel()
    g = asyncio.gather(t)
    await asyncio.sleep(0.1)
asyncio.run(main())
