import asyncio


def make_counter():
    count = 0

    def increment():
        nonlocal count
        count += 1
        return count

    return increment


def make_multipliers():
    made = []
    for i in range(3):
        made.append(lambda x, i=i: x * i)
    return made


def late_binding():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]


def adder(n):
    def add(x):
        return x + n
    return add


def outer():
    x = "outer x"

    def middle():
        def inner():
            return x
        return inner()

    return middle()


async def worker(name, delay):
    log = []

    async def step(k):
        await asyncio.sleep(delay)
        log.append(f"{name}:{k}")
        print(name, "step", k)

    for k in range(2):
        await step(k)
    return log


def make_task_factory(prefix):
    async def job(n):
        await asyncio.sleep(0.1 * n)
        print(f"{prefix} job {n} done")
        return f"{prefix}-{n}"
    return job


async def main():
    c = make_counter()
    print(c(), c(), c())
    d = make_counter()
    print(d(), c())
    print(late_binding())
    print([m(10) for m in make_multipliers()])
    add5 = adder(5)
    print(add5(1), adder(10)(1))
    print(outer())
    print(repr(add5)[:30])
    print(add5.__name__)
    results = await asyncio.gather(worker("a", 0.2), worker("b", 0.1))
    print(results)
    job = make_task_factory("batch")
    print(await asyncio.gather(*(job(n) for n in range(3))))

    def unbound():
        print(y)
        y = 1

    try:
        unbound()
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)

    def too_early():
        return z

    try:
        too_early()
    except NameError as e:
        print("NameError:", e)
    z = 3
    print(too_early())


asyncio.run(main())
