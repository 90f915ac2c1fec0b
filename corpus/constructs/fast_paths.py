# The machine's fast paths (list.append specialised, a range loop's int
# stored straight into its name, sleep(0) and its wakeup, a statement
# `await asyncio.sleep(0)` one instruction, range() of ints
# made in place, a function called without keywords, a list or tuple
# unpacked whole) against what they shortcut: each case here takes the
# fast path or just misses it.
import asyncio


class Bag:
    def __init__(self):
        self.items = []

    def append(self, item):
        print("Bag.append", item)
        self.items.append(item * 10)


async def sleeper(name, delays):
    for d in delays:
        got = await asyncio.sleep(d)
        print(name, "slept", d, "->", got)
    print(name, "result", await asyncio.sleep(0, "r"))
    return name


async def statements(name, zero):
    # `await asyncio.sleep(...)` as a statement, the delay a literal zero
    # (one instruction, `Op::YieldNow`) or any other expression that is
    # zero or less (`Op::Sleep`, which checks): each is one trip round the
    # loop, but a positive delay.
    print(name, 1)
    await asyncio.sleep(0)
    print(name, 2)
    await asyncio.sleep(0.0)
    print(name, 3)
    await asyncio.sleep(-0.0)
    print(name, 4)
    await asyncio.sleep(zero)
    print(name, 5)
    await asyncio.sleep(False)
    print(name, 6)
    await asyncio.sleep(-1)
    print(name, 7)
    await asyncio.sleep(0.001)
    print(name, 8)
    await asyncio.sleep(0)
    return name


def ranges():
    print(list(range(5)), list(range(2, 5)), list(range(10, 0, -3)))
    # Bools and negative steps: ints to range(), not to the fast path.
    print(list(range(True)), list(range(1, True + 2)), list(range(3, -3, -2)))
    for bad in [(1, 2, 0), (1.5,), (), (1, 2, 3, 4), ("3",)]:
        try:
            range(*bad)
        except (TypeError, ValueError) as e:
            print(type(e).__name__ + ":", e)
    print(range(*[1, 4]), range(3) == range(0, 3, 1), range(-5, 5, 4))
    r = range
    print(list(r(3)), r(2, 9, 3)[1], len(range(0, -10, -3)))


def shadowed():
    def range(n):
        return ["mine", n]

    print(range(3))


def plain(a, b=2, *rest, **named):
    return (a, b, rest, sorted(named))


async def named(who, *, times=1):
    return who * times


async def main():
    ranges()
    shadowed()
    print(plain(1), plain(1, 3), plain(1, 3, 4, 5), plain(a=1, z=0), plain(*[1, 2, 3]))
    print(await named("n"), await named("n", times=3), await named(**{"who": "k"}))
    t = (1, 2, 3)
    l = [4, 5]
    print([*t, *l], [*l[1:]], max(*t), [*range(3)], [*"ab"])
    pair = await asyncio.gather(*(named(x) for x in "xy"), *tuple([named("z")]))
    print(pair)
    xs = []
    print(xs.append(1), xs)
    r = xs.append
    print(r(2), xs)
    xs.append(*[3])
    print(xs)
    try:
        xs.append(item=4)
    except TypeError as e:
        print("TypeError:", e)
    try:
        xs.append()
    except TypeError as e:
        print("TypeError:", e)
    b = Bag()
    b.append(5)
    print(b.items, type(b).__name__)
    d = {"append": 1}
    try:
        d.append(1)
    except AttributeError as e:
        print("AttributeError:", e)
    for i in range(3, 0, -1):
        xs.append(i)
    print(xs, i)
    for i in range(0):
        print("never")
    print("i stays", i)
    for j in range(2):
        pass
    print([k for k in range(4)])
    done = await asyncio.gather(
        sleeper("a", [0, -1, 0.0, False]),
        sleeper("b", [0, 0.001, 0]),
        sleeper("c", [True - 1, 0]),
    )
    print(done)
    print(await asyncio.gather(statements("s", 0), statements("t", 0.0), sleeper("u", [0, 0])))
    try:
        await asyncio.sleep("0")
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
