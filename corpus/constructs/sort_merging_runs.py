# CPython's list sort comparison for comparison beyond 64 items, where it
# merges runs: a class's __lt__ that records its calls, NaNs, sets (ordered
# by inclusion), and comparisons that raise part way (the list is left as
# CPython's merge leaves it), with key= and reverse=True.
import asyncio
import random

calls = []


class Noisy:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        calls.append((self.v, other.v))
        if self.v == "boom" or other.v == "boom":
            raise ValueError("boom compared")
        return self.v < other.v

    def __repr__(self):
        return f"N({self.v})"


async def main():
    random.seed(7)
    for n in (10, 64, 65, 130, 300):
        xs = [Noisy(random.randrange(50)) for _ in range(n)]
        calls.clear()
        ys = sorted(xs)
        print(n, len(calls), calls[:5], calls[-3:], [y.v for y in ys][:10])
        await asyncio.sleep(0)
    xs = list(range(64, 0, -1))
    xs[5] = float("nan")
    print(sorted(xs))
    xs = [random.random() for _ in range(200)]
    for i in range(0, 200, 17):
        xs[i] = float("nan")
    print(sorted(xs, reverse=True)[:20])
    xs = list(range(35)) + list(range(35, 0, -1))
    xs[50] = "x"
    try:
        xs.sort()
    except TypeError as e:
        print(e)
    print(xs)
    ws = [Noisy(random.randrange(9)) for _ in range(150)]
    ws[120] = Noisy("boom")
    calls.clear()
    try:
        ws.sort(key=lambda w: w, reverse=True)
    except ValueError as e:
        print(e, len(calls))
    print([w.v for w in ws])
    print(sorted([{1}, {2}, {1, 2}, set()] * 20)[:8])


asyncio.run(main())
