# @dataclass: == against another dataclass with the same fields, a
# subclass (False both ways), a tuple, None; A.__eq__ returns
# NotImplemented; < without order → TypeError.
import asyncio
from dataclasses import dataclass

@dataclass
class A:
    x: int
    y: int

@dataclass
class B:
    x: int
    y: int

@dataclass
class C(A):
    pass

class Plain:
    def __init__(self, x, y):
        self.x = x
        self.y = y

async def cmp(label, l, r):
    await asyncio.sleep(0.002)
    print(f"{label}: == {l == r}  != {l != r}")

async def main():
    a = A(1, 2)
    await asyncio.gather(
        cmp("A vs A", a, A(1, 2)),
        cmp("A vs B", a, B(1, 2)),
        cmp("A vs C", a, C(1, 2)),
        cmp("C vs A", C(1, 2), a),
        cmp("A vs tuple", a, (1, 2)),
        cmp("A vs Plain", a, Plain(1, 2)),
        cmp("A vs None", a, None),
        cmp("C vs C", C(1, 2), C(1, 2)),
    )
    print(A.__eq__(a, B(1, 2)))
    print(A.__eq__(a, A(1, 2)))
    print(a.__eq__(C(1, 2)))
    try:
        a < A(2, 3)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
