# itertools (asyncio's Python half, src/asyncio_py/itertools.py): each type
# stepped as the C code steps it, a shared count() consumed by two tasks
# through islice, reprs, and the C argument errors.
import asyncio
import itertools
from itertools import count, cycle, repeat, chain, islice, zip_longest, product, permutations, combinations, accumulate, groupby, starmap, takewhile, dropwhile, filterfalse, compress, pairwise, combinations_with_replacement


async def worker(name, ids):
    for i in ids:
        await asyncio.sleep(0.01)
        print(name, "handles", i)


async def main():
    ids = count(1)
    c = count(10, 5)
    print(next(c), next(c), c, count(2.5), count(1, 1.0), count(True))
    await asyncio.gather(worker("a", islice(ids, 3)), worker("b", islice(ids, 2)))
    print(list(islice(cycle("ab"), 5)), list(repeat("x", 3)), repeat(7), repeat(1, -2))
    print(list(chain([1, 2], "ab", range(2))), list(chain.from_iterable([[1], [2, 3]])))
    print(list(islice(range(10), 2, 8, 3)), list(islice("abcdef", None)), list(islice(count(), 1, 20, 4)))
    print(list(zip_longest("ab", [1, 2, 3], fillvalue="-")))
    print(list(product("ab", repeat=2)), list(product()), list(product([1, 2], [])))
    print(list(permutations(range(3))), list(permutations("abc", 2)))
    print(list(combinations("abcd", 2)), list(combinations_with_replacement("ab", 2)))
    print(list(accumulate([1, 2, 3, 4])), list(accumulate([3, 1, 4], max)), list(accumulate([1, 2], initial=10)))
    for k, g in groupby("aaabccaa"):
        print(k, list(g))
    print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3], key=lambda x: x % 2)])
    print(list(starmap(lambda a, b: a ** b, [(2, 3), (3, 2)])), list(takewhile(lambda x: x < 3, [1, 2, 5, 1])))
    print(list(dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(filterfalse(None, [0, 1, "", "a"])))
    print(list(compress("abcdef", [1, 0, 1, 0, 1])), list(pairwise("abcd")))
    print(type(chain()), isinstance(ids, itertools.count), type(groupby("a")).__name__)
    bad = [lambda: islice([1], -1), lambda: combinations([1], -1), lambda: count('a'), lambda: cycle(), lambda: repeat(1, 2, 3), lambda: permutations([1], 'a')]
    for f in bad:
        try:
            f()
        except (TypeError, ValueError) as e:
            print(type(e).__name__, e)


asyncio.run(main())
