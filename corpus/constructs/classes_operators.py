# What Python's operators and builtins do with an instance of a class that
# defines none of the special methods: CPython's TypeErrors, identity equality.
import asyncio

class A:
    def __init__(self, v):
        self.v = v

async def main():
    a, b = A(1), A(2)
    tests = [
        lambda: f"{a:>10}",
        lambda: a[0],
        lambda: a(),
        lambda: -a,
        lambda: a < 1,
        lambda: sorted([a, b]),
        lambda: int(a),
        lambda: float(a),
        lambda: len(a),
        lambda: list(a),
        lambda: max(a, b),
        lambda: a + 1,
        lambda: 1 + a,
        lambda: a * 2,
        lambda: str(a) == repr(a),
        lambda: bool(a),
        lambda: a in [b, a],
        lambda: [b, a].index(a),
        lambda: {a: 1, b: 2}[b],
        lambda: a == 1,
        lambda: a != b,
        lambda: A.v,
        lambda: A(1, 2),
        lambda: a.v.missing,
        lambda: round(a),
        lambda: abs(a),
        lambda: sum([a]),
        lambda: a.__class__ is A,
        lambda: type(a)(5).v,
        lambda: isinstance(a, (int, A)),
        lambda: isinstance(A, A),
        lambda: A.__module__,
        lambda: A.__qualname__,
    ]
    for i, t in enumerate(tests):
        try:
            print(i, t())
        except Exception as e:
            print(i, type(e).__name__, e)

asyncio.run(main())
