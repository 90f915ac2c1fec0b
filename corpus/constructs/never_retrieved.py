# Tasks whose exception nobody retrieved, held by main's variables when main
# raises: CPython reports them as main's frame is freed, after main's
# traceback: first those held by variables themselves, then those in each
# list or tuple, last item first.
import asyncio


async def fail(i):
    raise ValueError(f"task {i}")


async def main():
    a = asyncio.create_task(fail("a"))
    tasks = [asyncio.create_task(fail(i)) for i in range(3)]
    pair = (asyncio.create_task(fail("p0")), asyncio.create_task(fail("p1")))
    b = asyncio.create_task(fail("b"))
    nested = [[asyncio.create_task(fail("n0")), asyncio.create_task(fail("n1"))], asyncio.create_task(fail("n2"))]
    await asyncio.sleep(0.01)
    raise KeyError("main")


asyncio.run(main())
