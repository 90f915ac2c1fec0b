# A CancelledError thrown into a task is chained, at the coroutine it
# reaches, only to what that coroutine itself handles: not to an outer one's.
import asyncio

async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as c:
        print(repr(c.__context__))

async def outer():
    try:
        raise ValueError('v')
    except ValueError:
        await inner()

async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0)
    t.cancel()
    await t

asyncio.run(main())
