# Rich comparison methods: __eq__ and __lt__ with NotImplemented, the
# reflected __gt__ of a subclass, ==/!= by identity, TypeErrors, an
# unhashable class, sorted/min/max, and NotImplemented itself.
import asyncio

class A:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print(f"A.__eq__({self.v}, {other!r})")
        if not isinstance(other, A):
            return NotImplemented
        return self.v == other.v
    def __lt__(self, other):
        print(f"A.__lt__({self.v}, {getattr(other, 'v', other)})")
        if not isinstance(other, A):
            return NotImplemented
        return self.v < other.v
    def __repr__(self):
        return f"A({self.v})"

class B(A):
    def __gt__(self, other):
        print("B.__gt__")
        return "yes"

async def main():
    a, b, c = A(1), A(2), A(1)
    print(a == c, a != c, a == b, a != b)
    print(a == 1, 1 == a, a != "x")
    print(a < b, b < a)
    print([a] == [c], [a] == [a], (1, a) < (1, b))
    print(a in [b, c], [b, a, c].index(c), [a, b, c].count(A(1)))
    x = B(5)
    print(a < x)
    try:
        print(a > 3)
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(a <= b)
    except TypeError as e:
        print("TypeError:", e)
    try:
        {a: 1}
    except TypeError as e:
        print("TypeError:", e)
    print(sorted([A(3), A(1), A(2)]))
    print(min([A(3), A(1), A(2)]), max([A(3), A(1), A(2)], key=lambda q: q.v))
    await asyncio.sleep(0)
    print(NotImplemented, type(NotImplemented).__name__ if False else "")
    try:
        NotImplemented()
    except TypeError as e:
        print(e)

asyncio.run(main())
