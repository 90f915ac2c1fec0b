# Classes with __iter__ and __next__: iterated by for loops, iter(), next(),
# unpacking, `in`, the builtins that consume iterables, and a generator
# expression handed to gather; __iter__ as a generator; CPython's TypeErrors.
import asyncio


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Batches:
    """An iterable whose __iter__ is a generator."""
    def __init__(self, items, size):
        self.items = items
        self.size = size

    def __iter__(self):
        for i in range(0, len(self.items), self.size):
            yield self.items[i:i + self.size]


class Wrapper:
    def __init__(self, data):
        self.data = data

    def __iter__(self):
        return iter(self.data)


class Bad:
    def __iter__(self):
        return [1, 2]


async def fetch(batch):
    await asyncio.sleep(0.01 * len(batch))
    print("fetched", batch)
    return sum(batch)


async def main():
    c = Countdown(3)
    print(list(c), list(c))
    for n in Countdown(2):
        print("tick", n)
    it = iter(Countdown(2))
    print(next(it), next(it), next(it, "done"))
    print(3 in Countdown(5), 9 in Countdown(5))
    print(sorted(Wrapper([3, 1, 2])), max(Wrapper([4, 7])), dict(zip("ab", Countdown(2))))
    a, b = Countdown(2)
    print(a, b)
    results = await asyncio.gather(*(fetch(b) for b in Batches([1, 2, 3, 4, 5], 2)))
    print(results)
    print(type(iter(Batches([], 1))).__name__, type(iter(Wrapper([]))).__name__)
    try:
        for x in Bad():
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        next(Wrapper([1]))
    except TypeError as e:
        print("TypeError:", e)
    try:
        a, b = Countdown(3)
    except ValueError as e:
        print("ValueError:", e)


asyncio.run(main())
