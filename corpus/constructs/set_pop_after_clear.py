# Where the next `set.pop()` starts looking is kept by `clear()`, `&=` and
# `intersection_update()`, as CPython keeps `so->finger` with the set.
import asyncio


async def main():
    s = {5}
    print(s.pop())
    s.clear()
    s.add(1)
    s.add(7)
    print(s.pop(), s)
    t = {1, 3, 6}
    print(t.pop(), t.pop())
    t.add(0)
    t &= {0, 6}
    print(t.pop(), t)
    u = {2, 4, 9, 12}
    print(u.pop())
    u.intersection_update({4, 9, 12, 33})
    print(u.pop(), u)


asyncio.run(main())
