import asyncio

squares = (n * n for n in range(5))
print(next(squares), next(squares))
print(list(squares))
print(list(squares))


def make(factor):
    return (factor * x for x in range(3) if x != 1)


def pairs(xs, ys):
    return ((x, y) for x in xs for y in ys if x != y)


def late():
    y = 10
    gen = (x + y for x in range(3))
    y = 100
    return list(gen)


def early():
    xs = [1, 2]
    gen = (x for x in xs)
    xs = [7, 8]
    return list(gen)


def show(g):
    total = 0
    for item in g:
        total += item
    return total


async def worker(name, items):
    for item in items:
        print(name, "got", item)
        await asyncio.sleep(0)
    return name


async def main():
    print(list(make(3)))
    print(list(pairs("ab", "bc")))
    print(late(), early())
    print(show(x for x in range(4)))
    print(sorted(set(c.upper() for c in "hello")))
    print(dict((k, len(k)) for k in ["a", "bb"]))
    print(next((x for x in [] ), "empty"))
    print(min((x for x in [3, 1, 2]), key=lambda v: -v))
    print(list(enumerate(x * 2 for x in range(3))))
    gen = (n for n in range(3))
    print(type(gen).__name__, repr(gen)[:40])
    results = await asyncio.gather(
        worker("A", (f"a{i}" for i in range(3))),
        worker("B", (f"b{i}" for i in range(2))),
    )
    print(results)
    try:
        (x for x in 5)
    except TypeError as e:
        print("TypeError:", e)
    bad = (1 / x for x in [1, 0, 2])
    print(next(bad))
    try:
        next(bad)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    print(list(bad))
    it = iter([1, 2])
    stopper = (next(it) for _ in range(5))
    try:
        print(list(stopper))
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
print((x for x in "ab"))
