# A cancelled inner coroutine catches, awaits, and re-raises: the outer one
# sees the CancelledError as it was thrown.
import asyncio

async def middle():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        await asyncio.sleep(0)
        raise

async def outer():
    try:
        raise ValueError('v')
    except ValueError:
        try:
            await middle()
        except asyncio.CancelledError as c:
            print(repr(c.__context__))

async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0)
    t.cancel()
    await t

asyncio.run(main())
