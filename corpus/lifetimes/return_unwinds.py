# A `return` leaves its blocks at its own line: an `except` lets go of its
# exception (and the frames its traceback keeps), a `for` of its iterator,
# and a `return` in `finally` discards the exception on its way out.
import asyncio


async def foo():
    return 1


async def bar():
    return 2


def helper(make):
    c = make()
    raise ValueError("x")


async def in_except():
    try:
        helper(foo)
    except ValueError:
        print("caught")
        return 5
    print("never")


async def in_finally():
    try:
        helper(bar)
    finally:
        print("fin")
        return 7


async def in_for():
    for c in [foo(), bar()]:
        print("got one")
        return 3


async def main():
    print("in_except", await in_except())
    print("in_finally", await in_finally())
    print("in_for", await in_for())


asyncio.run(main())
