# `async with` and `with` when something goes wrong: objects that are no
# context managers, an `__aenter__` that returns no awaitable, an exit that
# raises while the body's exception is handled, an exit seeing a task's
# cancellation, an exit taking `*args`, and an exception nobody suppresses.
import asyncio


class NotAwaitable:
    def __aenter__(self):
        return 1

    async def __aexit__(self, exc_type, exc, tb):
        pass


class HalfManager:
    async def __aenter__(self):
        return 1


class SyncOnly:
    def __enter__(self):
        return 1

    def __exit__(self, exc_type, exc, tb):
        return None


class Quiet:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        # What CPython passes: the class, the exception, its traceback.
        print(len(args), args[0], args[1], type(args[2]).__name__, bool(args[2]))
        return True


class Loud:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print("enter", self.name)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type, repr(exc))
        if self.name == "raising":
            raise RuntimeError("from __aexit__")
        return False


async def sleeper():
    async with Loud("sleeper"):
        await asyncio.sleep(10)


async def main():
    for manager in [NotAwaitable(), HalfManager(), SyncOnly(), 3, None]:
        try:
            async with manager:
                print("not reached")
        except TypeError as e:
            print("TypeError:", e)
    for manager in [Loud("sync"), 3]:
        try:
            with manager:
                print("not reached")
        except TypeError as e:
            print("TypeError:", e)
    with Quiet():
        raise ValueError("quietly")
    with Quiet() as q:
        print(q is not None)
    try:
        async with Loud("raising"):
            raise ValueError("inner")
    except RuntimeError as e:
        print("caught", repr(e), "context", repr(e.__context__))
    task = asyncio.create_task(sleeper())
    await asyncio.sleep(0.5)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("sleeper cancelled")
    async with Loud("last") as last:
        print(1 / 0)


asyncio.run(main())
