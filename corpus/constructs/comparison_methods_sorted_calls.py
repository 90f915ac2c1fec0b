# Rich comparison methods: exact sequence and number of __lt__ calls made
# by sorted() (timsort) for 3/4/5 items and reverse=True.
import asyncio

class Item:
    lt_calls = 0
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        Item.lt_calls += 1
        print(f"  lt {self.v} {other.v}")
        return self.v < other.v
    def __repr__(self):
        return f"I{self.v}"

async def sort_it(label, vals, delay):
    await asyncio.sleep(delay)
    items = [Item(v) for v in vals]
    Item.lt_calls = 0
    print(label, "start")
    out = sorted(items)
    print(label, out, "calls:", Item.lt_calls)
    return out

async def main():
    r = await asyncio.gather(
        sort_it("A", [3, 1, 2], 0.02),
        sort_it("B", [1, 2, 3, 4], 0.01),
        sort_it("C", [5, 4, 3, 2, 1], 0.03),
    )
    print(r)
    Item.lt_calls = 0
    rev = sorted([Item(2), Item(9), Item(4)], reverse=True)
    print("reverse", rev, Item.lt_calls)

asyncio.run(main())
