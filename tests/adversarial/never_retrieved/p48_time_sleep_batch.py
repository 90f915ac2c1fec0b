import asyncio
import time


async def fail(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)


async def main():
    asyncio.create_task(fail("a", 0.3))
    asyncio.create_task(fail("b", 0.1))
    keep = [asyncio.create_task(fail("c", 0.2))]
    await asyncio.sleep(0)
    time.sleep(1)
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
