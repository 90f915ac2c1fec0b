"""Failed tasks made in a list comprehension and never awaited: main's frame
frees the list last item first, and CPython reports them in that order."""
import asyncio


async def bad(n):
    print("bad", n)
    raise ValueError(n)


async def main():
    tasks = [asyncio.create_task(bad(n)) for n in range(3)]
    await asyncio.sleep(0.01)
    print("main done", len(tasks))


asyncio.run(main())
