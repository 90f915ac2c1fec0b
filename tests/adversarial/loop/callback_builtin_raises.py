# A builtin raising as a callback: it leaves `Handle._run`'s frame, so the
# "Exception in callback" report announces a traceback.
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_soon(fut.set_result, 1)
    loop.call_soon(fut.set_result, 2)
    print(await fut)
    await asyncio.sleep(0)
    print("end")
asyncio.run(main())
