# A StopIteration leaving a coroutine becomes a RuntimeError raised by the
# coroutine itself: its report has a traceback header of its own.
import asyncio

async def main():
    [next(iter([])) for _ in [1]]

asyncio.run(main())
