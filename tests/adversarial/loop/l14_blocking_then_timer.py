import asyncio
import time


async def a():
    print("a start")
    time.sleep(0.2)
    print("a end blocking")
    await asyncio.sleep(0.05)
    print("a done")


async def b():
    print("b start")
    await asyncio.sleep(0.1)
    print("b done")


async def main():
    await asyncio.gather(a(), b())
    print("--")
    await asyncio.gather(b(), a())


asyncio.run(main())
