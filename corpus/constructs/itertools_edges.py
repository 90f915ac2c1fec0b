# itertools where the C code has its own ways (Modules/itertoolsmodule.c):
# islice, pairwise and zip_longest end for good after their iterator
# raises, chain after an argument it cannot iterate; islice's three
# argument messages; count's fast mode (an int start, a step of 1) turning
# a bool into an int; repeat(x, None) refused; groupby comparing a key
# with itself without `__eq__`; starmap making a tuple of each item; a
# subclass's repr; error messages naming the C types with their module.
import asyncio
import itertools
from itertools import chain, count, groupby, islice, pairwise, repeat, starmap, zip_longest


class Flaky:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n == 1:
            raise ValueError("once")
        if self.n > 4:
            raise StopIteration
        return self.n


class Key:
    def __eq__(self, other):
        print("eq called")
        return True


class Counter(count):
    pass


def attempt(label, f):
    try:
        print(label, f())
    except (TypeError, ValueError, AttributeError) as e:
        print(label, type(e).__name__, e)


async def main():
    for make in (lambda: islice(Flaky(), 9), lambda: pairwise(Flaky()), lambda: zip_longest(Flaky())):
        it = make()
        try:
            next(it)
        except ValueError as e:
            print("raised", e)
        print(list(it))
    c = chain([1], 5, [2])
    print(next(c))
    attempt("chain", lambda: next(c))
    print(list(c))
    attempt("islice stop -1", lambda: islice("abc", -1))
    attempt("islice stop -2", lambda: islice("abc", -2))
    attempt("islice stop 1.0", lambda: islice("abc", 1.0))
    attempt("islice start x", lambda: islice("abc", "x", 2))
    attempt("islice step -1", lambda: islice("abc", 0, 5, -1))
    attempt("islice step 2.5", lambda: islice("abc", 0, 5, 2.5))
    print(list(islice("abcdefg", 1, None, 2)), list(islice("abc", None, None, None)))
    b = count(True)
    print(next(b), b, next(count(True, 2)), count(3, False), count(1.5, True))
    attempt("repeat None", lambda: repeat(1, None))
    print(repeat("a", 2), Counter(3), list(islice(Counter(5, 5), 2)))
    print([(k.__class__.__name__, len(list(g))) for k, g in groupby([Key()])])
    print(list(starmap(max, [[1, 5], (2, 3), "ab"])))
    attempt("starmap", lambda: list(starmap(max, [3])))
    attempt("attribute", lambda: count().foo)
    attempt("len", lambda: len(count()))
    attempt("accumulate", lambda: itertools.accumulate([1], None, 2))
    attempt("accumulate 4", lambda: itertools.accumulate([1], None, 2, 3))
    attempt("count keywords", lambda: count(start=1, step=2, x=3))
    attempt("from_iterable", lambda: chain.from_iterable(iterable=[]))
    print(itertools)


asyncio.run(main())
