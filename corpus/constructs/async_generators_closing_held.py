# A paused generator held in a variable of a frame an exception leaves is
# kept by the traceback until the exception goes (the end of the `except`
# that caught it), and only then handed to the finalizer hook; one only
# the `async for` held goes as the exception unwinds. The second hook call
# writes the self-pipe before the first one's reader has run, which reads
# both bytes: no second `_read_from_self`.
import asyncio

async def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print(name, "closing")

async def inner():
    g = gen("held")
    await g.__anext__()
    async for x in gen("looped"):
        raise ValueError("boom")

async def main():
    try:
        await inner()
    except ValueError as e:
        print("caught", e)
        await asyncio.sleep(0)
        print("still handling")
    print("handled")
    await asyncio.sleep(0)
    print("after")

asyncio.run(main())
