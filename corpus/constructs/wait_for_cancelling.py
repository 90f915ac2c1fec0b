# asyncio.wait_for at its edges: a task that refuses cancellation, an inner
# exception, a timer due with the inner sleep, wait_for itself cancelled,
# a gather, nesting, and an exception left uncaught.
import asyncio


async def stubborn(delay):
    try:
        await asyncio.sleep(delay)
        return "finished"
    except asyncio.CancelledError:
        print("stubborn refuses to be cancelled")
        return "refused"


async def failing(delay):
    await asyncio.sleep(delay)
    raise ValueError(f"failed after {delay}")


async def sleeper(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "woke")
        return name
    finally:
        print(name, "exits")


async def guarded(name, delay, timeout):
    try:
        return await asyncio.wait_for(sleeper(name, delay), timeout)
    except asyncio.TimeoutError:
        print(name, "timed out")
        return None
    finally:
        print(name, "guard done")


async def main():
    print(await asyncio.wait_for(stubborn(1), 0.1))
    try:
        await asyncio.wait_for(failing(0.05), 1)
    except ValueError as e:
        print("inner raised:", e)
    # A timer and the inner sleep due at the same moment.
    try:
        print(await asyncio.wait_for(sleeper("tie", 0.2), 0.2))
    except asyncio.TimeoutError:
        print("tie timed out")
    results = await asyncio.gather(
        guarded("a", 0.1, 0.3), guarded("b", 0.3, 0.15), guarded("c", 0.2, 0.2)
    )
    print(results)
    outer = asyncio.create_task(asyncio.wait_for(sleeper("inner", 1), 2))
    await asyncio.sleep(0.1)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled; inner cleaned up first")
    g = asyncio.gather(sleeper("g1", 0.1), sleeper("g2", 0.5))
    try:
        await asyncio.wait_for(g, 0.2)
    except asyncio.TimeoutError:
        print("gather timed out:", g.cancelled())
    print(await asyncio.wait_for(asyncio.wait_for(sleeper("nested", 0.1), 0.5), 1))
    try:
        await asyncio.wait_for(asyncio.wait_for(sleeper("nested2", 1), 0.5), 0.2)
    except asyncio.TimeoutError as e:
        print("outer timeout wins", repr(e))
    done = asyncio.create_task(sleeper("done", 0))
    await asyncio.sleep(0.01)
    print(await asyncio.wait_for(done, 0))
    await asyncio.wait_for(failing(0), 0.5)


asyncio.run(main())
