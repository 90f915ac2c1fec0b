# aclose() awaited by hand: GeneratorExit thrown in at the yield (the
# finally runs and may await), a second aclose() and one of a generator
# never started do nothing, a generator that yields while being closed
# raises "async generator ignored GeneratorExit" in the awaiting task.
import asyncio

async def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
        await asyncio.sleep(0)
        print("gen finally done")

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

async def main():
    g = gen()
    print(await g.__anext__())
    print(await g.aclose())
    print(await g.aclose())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)
    fresh = gen()
    print(await fresh.aclose())
    c = gen().aclose()
    print(type(c).__name__)
    await c

asyncio.run(main())
