# Rich comparison methods: exceptions raised inside __eq__/__lt__
# propagate out of ==, in, sorted, max, list ==.
import asyncio

class Bad:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        print(f"  Bad.__eq__ {self.n}")
        if self.n == 2:
            raise RuntimeError(f"cannot compare {self.n}")
        return False
    def __lt__(self, other):
        raise ValueError("no ordering for Bad")
    def __repr__(self):
        return f"Bad({self.n})"

async def run(label, fn):
    await asyncio.sleep(0.005)
    try:
        print(label, "->", fn())
    except (RuntimeError, ValueError) as e:
        print(label, type(e).__name__, e)

async def main():
    a, b, c = Bad(1), Bad(2), Bad(3)
    await run("a == c", lambda: a == c)
    await run("b == c", lambda: b == c)
    await run("c in [a, b]", lambda: c in [a, b])
    await run("c in [a, c]", lambda: c in [a, c])
    await run("a < b", lambda: a < b)
    await run("sorted", lambda: sorted([a, b, c]))
    await run("max", lambda: max([a, c]))
    await run("[b] == [a]", lambda: [b] == [a])
    t = asyncio.create_task(asyncio.sleep(0.01, result=b))
    x = await t
    try:
        x == a
    except RuntimeError as e:
        print("task result compare failed:", e)

asyncio.run(main())
