# The machine's fast paths (list.append specialised, a range loop's int
# stored straight into its name, sleep(0) and its wakeup) against what
# they shortcut: each case here takes the fast path or just misses it.
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


async def main():
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
    try:
        await asyncio.sleep("0")
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
