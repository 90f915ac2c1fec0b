import asyncio


async def fail(name, d):
    await asyncio.sleep(d)
    raise ValueError(name)


async def marker():
    return 0


def spawn(name, d):
    t = asyncio.create_task(fail(name, d))
    return t


def spawn_and_drop(name):
    t = asyncio.create_task(fail(name, 0))
    return None


async def main():
    keep = spawn("kept", 0.1)
    spawn("dropped", 0.2)
    spawn_and_drop("x")
    await asyncio.sleep(0.3)
    marker()
    keep = None
    marker()
    print("end")


asyncio.run(main())
