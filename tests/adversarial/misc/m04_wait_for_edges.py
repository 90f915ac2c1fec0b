import asyncio


async def quick():
    return "quick"


async def slow(d):
    await asyncio.sleep(d)
    return f"slow {d}"


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn ignores cancel")
    return "stubborn value"


async def failing():
    await asyncio.sleep(0)
    raise KeyError("inside")


async def main():
    print(await asyncio.wait_for(quick(), 1))
    print(await asyncio.wait_for(slow(0.01), None))
    for timeout in [0, -1]:
        try:
            print(await asyncio.wait_for(quick(), timeout))
        except asyncio.TimeoutError as e:
            print("timeout", timeout, repr(e))
    t = asyncio.create_task(quick())
    await asyncio.sleep(0)
    print(await asyncio.wait_for(t, 0))
    print(await asyncio.wait_for(stubborn(), 0.01))
    try:
        await asyncio.wait_for(failing(), 1)
    except KeyError as e:
        print("KeyError", e)
    try:
        await asyncio.wait_for(slow(1), 0.01)
    except TimeoutError as e:
        print("builtin TimeoutError caught", type(e).__name__, "[" + str(e) + "]")


asyncio.run(main())
