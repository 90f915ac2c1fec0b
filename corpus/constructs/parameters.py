import asyncio


def describe(a, b=2, *args, c, d=4, **kwargs):
    print(a, b, args, c, d, kwargs)


def only(x, y=10, /, z=20):
    return x + y + z


def collect(item, seen=[]):
    seen.append(item)
    return seen


def tally(key, counts={}):
    counts[key] = counts.get(key, 0) + 1
    return counts


async def worker(name, *delays, verbose=False):
    for d in delays:
        await asyncio.sleep(d)
        if verbose:
            print(f"{name} slept {d}")
    return name


async def main(*names, **options):
    print(names, options)
    describe(1, c=3)
    describe(1, 5, 6, 7, c=3, e=9, f=10)
    describe(a=1, c=2, b=3, zz=0)
    print(only(1), only(1, 2), only(1, 2, 3), only(1, z=5))
    print(collect(1), collect(2), collect(3, []))
    print(tally("a"), tally("b"), tally("a"))
    results = await asyncio.gather(
        worker("w1", 0.2, 0.1, verbose=True),
        worker("w2", 0.1, verbose=True),
        worker("w3"),
    )
    print(results)
    for call in [
        lambda: describe(1),
        lambda: describe(c=1),
        lambda: only(x=1),
        lambda: only(1, 2, 3, 4),
        lambda: only(1, x=2),
        lambda: describe(1, c=2, a=3),
        lambda: collect(),
        lambda: collect(1, 2, 3),
        lambda: worker(),
    ]:
        try:
            call()
        except TypeError as e:
            print("TypeError:", e)


def kwonly(*, a, b):
    return a, b


def strict(p, q, *, r):
    return p, q, r


for f, args, kwargs in [
    (kwonly, (), {}),
    (kwonly, (1,), {}),
    (kwonly, (1, 2), {"a": 1}),
    (strict, (1, 2, 3), {}),
    (strict, (1, 2, 3), {"r": 1}),
    (strict, (1,), {"r": 1}),
    (strict, (1, 2), {}),
]:
    try:
        print(f(*args, **kwargs))
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
