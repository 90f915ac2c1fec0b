# Async generators left paused as main ends: main's last `break` (and a
# generator held in a variable) hand them to the finalizer hook in main's
# last step, so their aclose() tasks are still unstarted when asyncio.run
# cancels what is left: the CancelledError is thrown into the generator
# instead of GeneratorExit, its `finally` runs and awaits, and the next
# wake-up throws GeneratorExit in there, which ends the close.
import asyncio

async def ticker(name, n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0.1)
    finally:
        print(name, "closing")
        await asyncio.sleep(0.05)
        print(name, "closed")

async def counter():
    n = 0
    try:
        while True:
            yield n
            n += 1
    finally:
        print("counter done at", n)


async def main():
    g = ticker("z", 5)
    print(await g.__anext__())
    async for n in counter():
        if n > 2:
            break
        print(n)
    print("main ends")

asyncio.run(main())
print("after run")
