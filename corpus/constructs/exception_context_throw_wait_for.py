# Cancelled inside wait_for, a coroutine's own except sees wait_for's
# CancelledError with no context: it was thrown into wait_for's frame.
import asyncio

async def slow():
    await asyncio.sleep(100)

async def outer():
    try:
        raise ValueError('outer handling')
    except ValueError:
        try:
            await asyncio.wait_for(slow(), timeout=100)
        except asyncio.CancelledError as c:
            print('outer cancel ctx', repr(c.__context__))
            raise

async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('cancelled')

asyncio.run(main())
