# The iterator protocol where CPython calls `__iter__` a set number of
# times: once for a comprehension (its loop steps what `iter()` gave) or a
# generator expression (made at once), twice for a starred assignment
# (its rest is `list(it)`); the TypeErrors of an `__iter__` that returns
# no iterator, worded by each consumer as CPython words them; and an
# exception class that is also an iterator.
import asyncio


class Once:
    def __init__(self, n):
        self.used = False
        self.n = n

    def __iter__(self):
        print("__iter__")
        if self.used:
            raise RuntimeError("already iterated")
        self.used = True
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Again(Once):
    def __iter__(self):
        print("__iter__ again")
        return self


class NotIt:
    def __iter__(self):
        return 5


class E(Exception):
    def __iter__(self):
        return iter(self.args)

    def __next__(self):
        return "n"


def f(*a):
    return a


async def main():
    print([x for x in Once(2)])
    gen = (x * 10 for x in Once(2))
    print("made")
    await asyncio.sleep(0)
    print(list(gen))
    a, *rest = Again(3)
    print(a, rest)
    try:
        a, *rest = Once(3)
    except RuntimeError as e:
        print("RuntimeError:", e)
    for name, fn in [
        ("unpack", lambda: [a for a, b in [NotIt()]]),
        ("display", lambda: [1, *NotIt()]),
        ("call", lambda: f(*NotIt())),
        ("in", lambda: 3 in NotIt()),
        ("for", lambda: [x for x in NotIt()]),
    ]:
        try:
            fn()
        except TypeError as e:
            print(name, e)
    print(next(E()))
    a, b = E(1, 2)
    print(a, b, list(E("x")))


asyncio.run(main())
