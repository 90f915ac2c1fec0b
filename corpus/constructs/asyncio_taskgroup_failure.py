# When a task in an asyncio.TaskGroup fails, the group cancels its other
# tasks, waits for them to finish, and raises an ExceptionGroup holding the
# failures (never the CancelledErrors). Catch it with except*. Failures in
# the same loop step land in one group; an error raised by the `async with`
# body itself also cancels the tasks and ends up inside the group.
import asyncio


async def fail_after(delay, exc):
    await asyncio.sleep(delay)
    print(f"raising {exc!r}")
    raise exc


async def sleeper(name, delay):
    try:
        await asyncio.sleep(delay)
        print(f"{name} finished")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def main():
    print("--- one task fails, the others are cancelled")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper("slow", 0.3))
            tg.create_task(fail_after(0.1, ValueError("boom")))
            tg.create_task(asyncio.sleep(0.2))
            tg.create_task(sleeper("quick", 0.01))
        print("not printed")
    except* ValueError as eg:
        print("caught:", repr(eg))
        print("exceptions:", eg.exceptions)
        print("message:", repr(eg.message))

    print("--- two tasks fail at the same moment")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_after(0, ValueError("first")))
            tg.create_task(fail_after(0, KeyError("second")))
            tg.create_task(sleeper("bystander", 0.3))
    except* ValueError as eg:
        print("ValueError part:", repr(eg))
    except* KeyError as eg:
        print("KeyError part:", repr(eg))

    print("--- the same group caught whole")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_after(0, ValueError("first")))
            tg.create_task(fail_after(0, KeyError("second")))
    except ExceptionGroup as eg:
        print("caught:", repr(eg))
        print("str:", str(eg))
        print("names:", [type(e).__name__ for e in eg.exceptions])

    print("--- the body of async with raises")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper("child", 0.2))
            tg.create_task(asyncio.sleep(0.3))
            await asyncio.sleep(0.05)
            print("body raising RuntimeError")
            raise RuntimeError("body failed")
    except* RuntimeError as eg:
        print("caught:", repr(eg))
        print("exceptions:", eg.exceptions)

    print("--- body raises while a child also fails")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail_after(0.05, ValueError("child failed")))
            tg.create_task(sleeper("child-3", 0.2))
            await asyncio.sleep(0.1)
            print("not printed: the body was cancelled")
    except* ValueError as eg:
        print("caught:", repr(eg))

    print("--- body raises before any child ran")
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sleeper("never-started", 0.1))
            raise KeyError("early")
    except* KeyError as eg:
        print("caught:", repr(eg))

    print("done")


asyncio.run(main())
