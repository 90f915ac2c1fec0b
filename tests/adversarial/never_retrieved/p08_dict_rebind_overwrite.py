import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)


async def marker():
    return 0


async def main():
    d = {"x": asyncio.create_task(fail("x", 0.1)), "y": asyncio.create_task(fail("y", 0.1))}
    await asyncio.sleep(0.2)
    marker()
    d["x"] = 5
    marker()
    d = None
    marker()
    print("end")


asyncio.run(main())
