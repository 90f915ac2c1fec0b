# What leaves a coroutine back up the chain of awaits a throw came down
# is chained again at each coroutine that handles an exception of its own.
import asyncio

async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        raise KeyError('k')

async def outer():
    try:
        raise ValueError('v')
    except ValueError:
        try:
            await inner()
        except KeyError as e:
            print(repr(e.__context__))

async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0)
    t.cancel()
    await t

asyncio.run(main())
