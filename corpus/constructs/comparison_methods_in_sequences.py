# Rich comparison methods: list/tuple ==/<: call __eq__ on each item until
# they differ, then one __lt__/__gt__; identical items and length mismatch
# skip calls.
import asyncio

class P:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print(f"  eq {self.v} {other.v}")
        return self.v == other.v
    def __lt__(self, other):
        print(f"  lt {self.v} {other.v}")
        return self.v < other.v
    def __gt__(self, other):
        print(f"  gt {self.v} {other.v}")
        return self.v > other.v
    def __repr__(self):
        return f"P{self.v}"

async def show(label, fn):
    await asyncio.sleep(0.001)
    print(label)
    print("  ->", fn())

async def main():
    a, b, c = P(1), P(2), P(1)
    await show("[a] == [b]", lambda: [a] == [b])
    await show("[a] == [c]", lambda: [a] == [c])
    await show("(1, a) < (1, b)", lambda: (1, a) < (1, b))
    await show("(1, b) < (1, a)", lambda: (1, b) < (1, a))
    await show("(a, 1) < (c, 2)", lambda: (a, 1) < (c, 2))
    await show("[a, b] < [a, b]", lambda: [a, b] < [a, b])
    await show("[a, b] <= [c, b]", lambda: [a, b] <= [c, b])
    await show("[a] < [c, b]", lambda: [a] < [c, b])
    await show("(a, b) > (c, a)", lambda: (a, b) > (c, a))
    await show("[a, b] == [c]", lambda: [a, b] == [c])

asyncio.run(main())
