# Rich comparison methods: returning NotImplemented; 3 < a → a.__gt__(3);
# b > a tries b.__gt__ then a.__lt__; TypeError messages for str/int
# mixes.
import asyncio

class A:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print(f"A.__lt__({self.v}, {other!r})")
        if isinstance(other, A):
            return self.v < other.v
        return NotImplemented
    def __gt__(self, other):
        print(f"A.__gt__({self.v}, {other!r})")
        if isinstance(other, (int, float)):
            return self.v > other
        return NotImplemented
    def __repr__(self):
        return f"A({self.v})"

async def check(label, fn):
    await asyncio.sleep(0)
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(label, "TypeError:", e)

async def main():
    a = A(5)
    b = A(7)
    await check("a < b", lambda: a < b)
    await check("3 < a", lambda: 3 < a)
    await check("10 < a", lambda: 10 < a)
    await check("a < 3", lambda: a < 3)
    await check("a > 3", lambda: a > 3)
    await check("b > a", lambda: b > a)
    await check("a <= b", lambda: a <= b)
    await check("'x' < a", lambda: "x" < a)
    await check("a > 'x'", lambda: a > "x")

asyncio.run(main())
