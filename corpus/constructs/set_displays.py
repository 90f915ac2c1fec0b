# Set displays: `{a, b}` adds its items in order; one of three or more
# constants is a frozenset the compiler made (and made again from its own
# table order) merged into a new set, so `{5, 3, 9, 1, 13, 21, 7}` prints
# in another order than `set([5, 3, 9, 1, 13, 21, 7])`, as in CPython.
import asyncio

async def main():
    print({-1, -2, 2**62, 7}, set([-1, -2, 2**62, 7]))
    print({5, 3, 9, 1, 13, 21, 7}, set([5, 3, 9, 1, 13, 21, 7]))
    x = 21
    print({5, 3, 9, 1, 13, x, 7})
    print({1, 2}, {3}, {8, 16}, {16, 8})
    s = {0, 8, 16, 24, 32}
    s.discard(8)
    print(s, len(s), 16 in s, {1, 1, 1}, {True, 1, 1.0})
    t = {asyncio.current_task()}
    print(len(t), asyncio.current_task() in t)
    print({(1, 2), (3, 4)} == {(3, 4), (1, 2)})
    try:
        {[1]}
    except TypeError as e:
        print(e)

asyncio.run(main())
