import asyncio


def fib_memo():
    cache = {}

    def fib(n):
        if n in cache:
            return cache[n]
        value = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache[n] = value
        return value

    return fib


def accumulate(start=0):
    total = start

    def add(amount):
        nonlocal total
        total += amount
        return total

    def get():
        return total

    return add, get


def three_levels(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle


def shadow():
    x = 1

    def inner():
        x = 2
        return x

    return inner(), x


def defaults_each_def():
    made = []
    for k in range(3):
        def f(item, bucket=[]):
            bucket.append(item)
            return bucket
        made.append(f)
    return [m(i) for i, m in enumerate(made)], made[0](9)


def rebinding_after():
    fs = []
    n = 1
    fs.append(lambda: n)
    n = 2
    fs.append(lambda: n * 10)
    return [f() for f in fs]


async def producer(queue_like, name, count, pause):
    sent = 0

    async def send(item):
        nonlocal sent
        await asyncio.sleep(pause)
        queue_like.append((name, item))
        sent += 1
        print(f"{name} sent {item} ({sent} so far)")

    for i in range(count):
        await send(i)
    return sent


async def main():
    fib = fib_memo()
    print(fib(20), fib(30))
    add, get = accumulate(10)
    add(5)
    add(-3)
    print(get(), add(100))
    print(three_levels(1)(20)(300))
    print(shadow())
    print(defaults_each_def())
    print(rebinding_after())
    log = []
    counts = await asyncio.gather(
        producer(log, "p1", 3, 0.1),
        producer(log, "p2", 2, 0.25),
    )
    print(counts, log)
    timers = {}

    def record(label):
        def stamp(value):
            timers[label] = value
            return label, value
        return stamp

    print(record("x")(1), record("y")(2), timers)
    key = lambda pair, scale=10: pair[1] * scale
    print(sorted([("a", 3), ("b", 1), ("c", 2)], key=key))
    print(key.__name__, record.__name__, record("z").__name__, repr(record)[:34])


asyncio.run(main())
