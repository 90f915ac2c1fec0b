# functools.total_ordering from __gt__: the made __lt__, __le__, __ge__
# call __gt__ (and __eq__ where functools' table says), and sorting uses
# the made __lt__.
import asyncio
from functools import total_ordering

@total_ordering
class Rank:
    order = ["low", "mid", "high"]
    def __init__(self, level):
        self.level = level
    def idx(self):
        return Rank.order.index(self.level)
    def __eq__(self, other):
        return self.idx() == other.idx()
    def __gt__(self, other):
        print(f"  gt {self.level} {other.level}")
        return self.idx() > other.idx()
    def __repr__(self):
        return f"Rank({self.level})"

async def check(x, y):
    await asyncio.sleep(0.01)
    print(f"{x} vs {y}: lt={x < y} le={x <= y} ge={x >= y} gt={x > y}")

async def main():
    lo, mid, hi = Rank("low"), Rank("mid"), Rank("high")
    await asyncio.gather(check(lo, mid), check(hi, mid), check(mid, Rank("mid")))
    print(sorted([hi, lo, mid, lo]))
    print(max([lo, hi, mid]), min([hi, mid]))
    pass

asyncio.run(main())
