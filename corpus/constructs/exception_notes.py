# PEP 678's notes: add_note, __notes__, and where every report prints them
# (a chained traceback, an exception group's box, a task's never-retrieved
# report), as CPython 3.11 does.
import asyncio


class FetchError(Exception):
    pass


async def fetch(url, fail):
    await asyncio.sleep(0.1)
    if fail:
        err = FetchError(f"cannot reach {url}")
        err.add_note(f"while fetching {url}")
        err.add_note("retry later\nor check the address")
        raise err
    return url


async def forgotten():
    e = ValueError("nobody asks")
    e.add_note("raised in a task")
    e.__notes__.append(42)
    raise e


def two_failures():
    group = ExceptionGroup("two failures", [FetchError("one"), ValueError("two")])
    group.add_note("gathered by hand\n")
    group.add_note("")
    group.exceptions[0].add_note("the first of two")
    return group


async def main():
    try:
        raise KeyError("k")
    except KeyError as e:
        try:
            e.__notes__
        except AttributeError as ae:
            print("AttributeError:", ae)
        try:
            e.add_note(3)
        except TypeError as te:
            print("TypeError:", te)
        e.add_note("first")
        print(e.__notes__, repr(e), str(e))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("a.example", False))
            tg.create_task(fetch("b.example", True))
    except* FetchError as eg:
        for err in eg.exceptions:
            print(type(err).__name__, err, err.__notes__)
        eg.add_note("the group's own note")
        print(eg.__notes__)
    e = RuntimeError("bad notes")
    e.__notes__ = "no"
    try:
        e.add_note("x")
    except TypeError as te:
        print("TypeError:", te)
    t = asyncio.create_task(forgotten())
    await asyncio.sleep(0)
    del t
    await asyncio.sleep(0)
    try:
        raise two_failures()
    except* ValueError:
        print("handled the ValueError")


try:
    asyncio.run(main())
except* FetchError as rest:
    rest.add_note("left for the caller")
    raise RuntimeError("main failed") from rest
