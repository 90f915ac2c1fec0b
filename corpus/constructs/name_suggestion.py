"""An uncaught NameError, raised in a task that main awaits: CPython's
report suggests the closest of that task's own variable names."""
import asyncio


async def count(limit):
    total = 0
    for step in range(limit):
        totl = total + step
        await asyncio.sleep(0)
    return totall


async def main():
    print(await asyncio.gather(count(2), count(3)))


asyncio.run(main())
