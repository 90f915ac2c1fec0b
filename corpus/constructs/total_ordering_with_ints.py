# functools.total_ordering: total_ordering with int support: reflected int comparisons, 
# sorted/max/min of mixed int/object lists, TypeError for 
# str/float/None.
import asyncio
from functools import total_ordering

@total_ordering
class Level:
    def __init__(self, n):
        self.n = n
    def __eq__(self, other):
        if isinstance(other, Level):
            return self.n == other.n
        if isinstance(other, int):
            return self.n == other
        return NotImplemented
    def __lt__(self, other):
        if isinstance(other, Level):
            return self.n < other.n
        if isinstance(other, int):
            return self.n < other
        return NotImplemented
    def __repr__(self):
        return f"L{self.n}"

async def rise(start, steps):
    lv = Level(start)
    for _ in range(steps):
        await asyncio.sleep(0.01)
        lv = Level(lv.n + 1)
    return lv

async def main():
    a, b = await asyncio.gather(rise(1, 3), rise(2, 1))
    print(a, b)
    print("a > b", a > b, "a >= 4", a >= 4, "a <= 4", a <= 4)
    print("5 > a", 5 > a, "3 >= b", 3 >= b, "4 < a", 4 < a)
    print("a == 4", a == 4, "4 == a", 4 == a, "a != 3", a != 3)
    print("sorted mix", sorted([a, 2, b, 7, Level(0)]))
    print("max mix", max(3, a, b), "min mix", min(a, 10, b))
    for bad in ["s", 1.5, None]:
        try:
            print(a >= bad)
        except TypeError as e:
            print("TypeError:", e)

asyncio.run(main())
