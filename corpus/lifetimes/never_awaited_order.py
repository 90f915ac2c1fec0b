# The order coroutines that were never awaited are freed in, and so warned
# about: a dict's in insertion order, a list's last first, a plain
# function's arguments and variables as its frame goes.
import asyncio


async def a():
    pass


async def b():
    pass


async def c():
    pass


def helper(x, y):
    z = c()
    return 1


async def main():
    d = {"k1": a(), "k2": b(), "k3": c()}
    d = None
    items = [a(), b(), c()]
    items = None
    helper(b(), a())
    nested = [[a(), b()], {"k": c()}]
    nested = 0
    x = a()
    y = b()
    z = c()
    print("end")


asyncio.run(main())
