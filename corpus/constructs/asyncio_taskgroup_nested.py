# A TaskGroup inside a task of another TaskGroup: when the inner group
# fails, its ExceptionGroup is the error of that task, so the outer group
# raises an ExceptionGroup that contains an ExceptionGroup. except* looks
# through the nesting: each clause gets the matching leaves with the
# nesting (and the messages) kept, and the rest goes on to the next clause.
import asyncio


async def fail(exc, delay):
    await asyncio.sleep(delay)
    print(f"raising {exc!r}")
    raise exc


async def wait_forever(name):
    try:
        await asyncio.sleep(0.3)
        print("not printed")
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def worker(failures):
    print("worker: starting inner group")
    try:
        async with asyncio.TaskGroup() as inner:
            for exc in failures:
                inner.create_task(fail(exc, 0))
            inner.create_task(wait_forever("inner sleeper"))
    except BaseException as e:
        print("worker: inner group raised", type(e).__name__)
        raise


def show_tree(e, depth):
    pad = "  " * depth
    if isinstance(e, BaseExceptionGroup):
        print(f"{pad}{type(e).__name__}: {e.message!r} ({len(e.exceptions)})")
        for sub in e.exceptions:
            show_tree(sub, depth + 1)
    else:
        print(f"{pad}{type(e).__name__}: {e}")


async def main():
    print("--- inner failure becomes a nested group")
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(worker([ValueError("deep")]))
            outer.create_task(wait_forever("outer sleeper"))
    except* ValueError as eg:
        print("caught:", repr(eg))
        print("outer exceptions:", eg.exceptions)
        print("inner exceptions:", eg.exceptions[0].exceptions)
        print("same message twice:", eg.message == eg.exceptions[0].message)
        show_tree(eg, 1)

    print("--- two inner failures, split by except*")
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(wait_forever("outer sleeper"))
            outer.create_task(worker([ValueError("v"), KeyError("k")]))
    except* ValueError as eg:
        print("ValueError part:", repr(eg))
    except* KeyError as eg:
        print("KeyError part:", repr(eg))

    print("--- except* Exception takes the whole tree")
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(worker([ValueError("v"), KeyError("k")]))
    except* Exception as eg:
        print("exceptions:", eg.exceptions)
        print("leaf count of first:", len(eg.exceptions[0].exceptions))
        show_tree(eg, 1)

    print("--- nested group next to a plain failure")
    async def fragile_sibling():
        try:
            await asyncio.sleep(0.3)
        except asyncio.CancelledError:
            print("sibling cancelled, failing in cleanup")
            raise TypeError("sibling cleanup")

    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(worker([ValueError("v")]))
            outer.create_task(fragile_sibling())
    except* TypeError as eg:
        print("TypeError part:", repr(eg))
    except* ValueError as eg:
        print("ValueError part:", repr(eg))

    print("--- the same, caught with plain except and split by hand")
    try:
        async with asyncio.TaskGroup() as outer:
            outer.create_task(worker([ValueError("v")]))
            outer.create_task(fragile_sibling())
    except ExceptionGroup as eg:
        show_tree(eg, 1)
        match, rest = eg.split(ValueError)
        print("match:", repr(match))
        print("rest:", repr(rest))

    print("--- a rest that nobody matches goes out as a nested group")
    try:
        try:
            async with asyncio.TaskGroup() as outer:
                outer.create_task(worker([ValueError("v"), OSError("o")]))
        except* ValueError as eg:
            print("handled:", repr(eg))
    except ExceptionGroup as eg:
        print("outer try got:", repr(eg))

    print("done")


asyncio.run(main())
