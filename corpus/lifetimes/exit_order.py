# Main raised: its traceback keeps each frame it left until the interpreter
# exits, and the garbage collector frees them then, outermost frame first:
# what variables held directly, then each list's items, last first.
import asyncio


async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


async def qux():
    return 4


def inner():
    c1 = [foo(), qux()]
    c2 = bar()
    raise ValueError("x")


def outer():
    e = baz()
    inner()


async def main():
    d1 = [baz()]
    d2 = qux()
    outer()


asyncio.run(main())
