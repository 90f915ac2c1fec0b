# Chaining follows the caller's exception into generators and async
# generators, and a task suspended inside an `except` keeps what it handles
# to itself: another task's step does not see it.
import asyncio

async def other():
    try:
        raise
    except RuntimeError as e:
        print("other", e)
    try:
        raise KeyError("k")
    except KeyError as e:
        print("other ctx", repr(e.__context__))

async def agen():
    try:
        raise KeyError("in agen")
    except KeyError:
        yield 1
        raise ValueError("after")

def g2():
    try:
        raise OSError("held")
    except OSError:
        yield 1
        yield 2

async def main():
    t = asyncio.create_task(other())
    try:
        raise TypeError("t")
    except TypeError:
        await asyncio.sleep(0)
    await t
    a = agen()
    print(await a.__anext__())
    try:
        raise IndexError("i")
    except IndexError:
        try:
            await a.__anext__()
        except ValueError as e:
            print("agen ctx", repr(e.__context__), repr(e.__context__.__context__))
    g = g2()
    next(g)
    try:
        raise IndexError("j")
    except IndexError as e:
        print(repr(e.__context__))
    def f():
        try:
            raise LookupError("f")
        except LookupError as e:
            return e
    print(repr(f().__context__))
    print(sorted([3, 1, 2], key=lambda x: next(g, x)))

asyncio.run(main())
