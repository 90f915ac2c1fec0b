# The exception handler given a plain future and a gather freed unretrieved
# ("Future ...", "_GatheringFuture exception was never retrieved"); set
# back to None, the loop logs its report again.
import asyncio

def handler(loop, context):
    print("handler", context["message"])

async def boom():
    raise ValueError("x")

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    fut = loop.create_future()
    fut.set_exception(KeyError("never"))
    fut = None
    await asyncio.sleep(0)
    g = asyncio.gather(boom())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    g = None
    loop.set_exception_handler(None)
    t = asyncio.create_task(boom())
    await asyncio.sleep(0)
    t = None
    print("done")

asyncio.run(main())
