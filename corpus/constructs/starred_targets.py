# Starred assignment targets (UNPACK_EX) in assignments, for loops and
# comprehensions, and starred items in tuple displays.
import asyncio

async def fetch(i):
    await asyncio.sleep(0.01 * i)
    return i * 10

def pairs():
    print("gen start")
    yield 1
    yield 2
    yield 3
    print("gen end")

async def main():
    first, *rest = await asyncio.gather(*(fetch(i) for i in range(4)))
    print(first, rest)
    *init, last = [1, 2, 3]
    print(init, last)
    a, *mid, z = "hello"
    print(a, mid, z)
    a, *mid, z = (1, 2)
    print(a, mid, z)
    [x, *ys] = range(3)
    print(x, ys)
    head, *tail = pairs()
    print(head, tail)
    for name, *scores in [("ann", 1, 2), ("bob",), ("cy", 3)]:
        print(name, scores)
    print([rest for _, *rest in [(1, 2, 3), (4,)]])
    t = (0, *rest, 99)
    print(t, (*"ab",), [*rest, *"xy"])
    d = {}
    d["k"], *d["rest"] = 1, 2, 3
    print(d)
    (p, *q), r = [1, 2, 3], 4
    print(p, q, r)
    try:
        a, *b, c = [1]
    except ValueError as e:
        print("ValueError", e)
    try:
        a, b, *c = 5
    except TypeError as e:
        print("TypeError", e)
    x = *rest, 1
    print(x)

asyncio.run(main())
