# An async generator's exception, chained to what the generator handled,
# passes through async for's own handler unchanged.
import asyncio

async def agen():
    try:
        raise ValueError("v")
    except ValueError:
        1 / 0
    yield 1

async def main():
    try:
        raise KeyError("outer")
    except KeyError:
        async for x in agen():
            pass

asyncio.run(main())
