# `except (A, B) as e`: one handler for several classes, tried in order.
import asyncio


async def fail(kind, delay):
    await asyncio.sleep(delay)
    if kind == "value":
        raise ValueError(f"bad value after {delay}")
    if kind == "key":
        raise KeyError(kind)
    if kind == "zero":
        return 1 // 0
    return kind


async def attempt(kind):
    try:
        result = await fail(kind, 0.01)
    except (ValueError, KeyError) as e:
        print("value or key:", type(e).__name__, e)
    except (ZeroDivisionError,) as e:
        print("zero:", repr(e))
    else:
        print("fine:", result)
    finally:
        print("done with", kind)


async def main():
    for kind in ["value", "key", "zero", "ok"]:
        await attempt(kind)
    try:
        await asyncio.gather(fail("key", 0.02), fail("value", 0.01))
    except (KeyError, ValueError) as e:
        print("gather raised", repr(e))
    task = asyncio.create_task(fail("ok", 1))
    await asyncio.sleep(0)
    task.cancel()
    try:
        await task
    except (ValueError, asyncio.CancelledError):
        print("cancelled, caught by a tuple")
    try:
        try:
            await fail("zero", 0)
        except (KeyError, ValueError):
            print("not this one")
    except (TypeError, Exception) as e:
        print("the outer handler:", repr(e))


asyncio.run(main())
