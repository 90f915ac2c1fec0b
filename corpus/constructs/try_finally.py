import asyncio


def swallow():
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            print("finally", i)
            if i == 0:
                break
    return "broke out"


def override():
    try:
        return "from try"
    finally:
        print("finally runs before the return lands")


def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", repr(e))
    finally:
        print("outer finally")


def else_raises():
    try:
        try:
            x = 1
        except ValueError:
            print("not here")
        else:
            raise RuntimeError("from else")
        finally:
            print("finally after else")
    except RuntimeError as e:
        print("caught", e)


async def worker(name, delay):
    print(name, "starts")
    try:
        await asyncio.sleep(delay)
        print(name, "done")
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    finally:
        print(name, "cleans up")


async def failing():
    await asyncio.sleep(0.05)
    raise ValueError("boom")


async def main():
    print(swallow())
    print(override())
    nested()
    else_raises()
    try:
        print(await asyncio.gather(worker("a", 0.01), failing(), worker("b", 0.2)))
    except ValueError as e:
        print("gather raised", e)
    finally:
        print("main's finally")
    await asyncio.sleep(0.3)
    t = asyncio.create_task(worker("c", 1))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("c was cancelled:", t.cancelled())
    leftover = asyncio.create_task(worker("d", 5))
    await asyncio.sleep(0)
    print("main returns with d pending")


asyncio.run(main())
