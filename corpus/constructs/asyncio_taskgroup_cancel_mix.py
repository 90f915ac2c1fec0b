# What cancelled siblings do decides what gets printed, and when. A task
# that swallows its CancelledError just ends normally; a task whose finally
# awaits keeps running a little while the group waits for it; the group
# raises only after every task is finished. Exception classes of your own
# (AppError and its subclasses) travel through the group like any other.
import asyncio


class AppError(Exception):
    pass


class NetError(AppError):
    pass


async def failing(exc, delay):
    await asyncio.sleep(delay)
    print(f"failing: raising {exc!r}")
    raise exc


async def swallower(log):
    try:
        await asyncio.sleep(0.3)
        print("not printed")
    except asyncio.CancelledError:
        print("swallower: cancelled, returning normally")
        log.append("swallower returned")
        return "partial result"
    print("swallower: after try")
    log.append("swallower after try")
    return "should not happen"


async def finalizer():
    try:
        print("finalizer: waiting")
        await asyncio.sleep(0.3)
        print("not printed")
    finally:
        print("finalizer: finally starts")
        await asyncio.sleep(0)
        print("finalizer: finally after sleep(0)")
        await asyncio.sleep(0)
        print("finalizer: finally done")


async def team(log):
    try:
        results = await asyncio.gather(swallower(log), finalizer())
        print("team: not printed", results)
    except asyncio.CancelledError:
        print("team: gather raised CancelledError even though swallower returned")
        raise


async def main():
    print("--- a sibling that swallows the cancellation")
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(swallower(log))
            tg.create_task(failing(AppError("app broke"), 0.05))
        print("not printed")
    except* AppError as eg:
        print("caught:", repr(eg))
    print("log:", log)

    print("--- a sibling whose finally awaits")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(finalizer())
            tg.create_task(failing(AppError("again"), 0.05))
            print("body: tasks created")
        print("not printed")
    except* AppError as eg:
        print("caught after the finally finished:", repr(eg))

    print("--- both, cancelled in a fixed order through gather")
    log = []
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(team(log))
            tg.create_task(failing(NetError("network down"), 0.05))
    except* AppError as eg:
        print("caught by except* AppError:", repr(eg))
        print("leaf class:", type(eg.exceptions[0]).__name__)
        print("leaf is AppError:", isinstance(eg.exceptions[0], AppError))
    print("log:", log)

    print("--- the body catches its own cancellation")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing(NetError("late"), 0.05))
            try:
                print("body: sleeping")
                await asyncio.sleep(0.3)
                print("not printed")
            except asyncio.CancelledError:
                print("body: cancelled because a child failed")
            print("body: continues to the end of the block")
        print("not printed")
    except* NetError as eg:
        print("caught:", repr(eg))

    print("--- custom classes split apart")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failing(NetError("n"), 0))
            tg.create_task(failing(AppError("a"), 0))
            tg.create_task(failing(ValueError("v"), 0))
    except* NetError as eg:
        print("NetError part:", repr(eg))
    except* AppError as eg:
        print("AppError part:", repr(eg))
    except* Exception as eg:
        print("remaining:", repr(eg))

    print("done")


asyncio.run(main())
