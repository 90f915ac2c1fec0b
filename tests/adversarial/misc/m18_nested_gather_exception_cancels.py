import asyncio


async def step(name, d, fail=False):
    try:
        await asyncio.sleep(d)
        if fail:
            raise RuntimeError(name)
        print("ok", name)
        return name
    except asyncio.CancelledError:
        print("cancelled", name)
        raise


async def main():
    try:
        await asyncio.gather(step("a", 0.01), step("b", 0.02, True), step("c", 0.05))
    except RuntimeError as e:
        print("gather raised", repr(e))
    await asyncio.sleep(0.1)
    try:
        await asyncio.wait_for(asyncio.gather(step("d", 0.01), step("e", 1)), 0.05)
    except asyncio.TimeoutError:
        print("outer timeout")


asyncio.run(main())
