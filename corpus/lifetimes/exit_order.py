# Main raised: its traceback keeps each frame it left until the interpreter
# exits, and the garbage collector frees them then, outermost frame first,
# each frame's variables in order. (With lists or tasks among them, the
# collector's order is its own, and the run stops instead.)
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
    c1 = foo()
    c2 = bar()
    raise ValueError("x")


def outer():
    e = baz()
    inner()


async def main():
    d1 = qux()
    outer()


asyncio.run(main())
