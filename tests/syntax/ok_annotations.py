from typing import Optional, Callable

x: int
y: int = 1
z: "forward" = None
class A:
    attr: int
    other: list[int] = []
    def m(self, a: int, *args: str, b: "B" = None, **kw: float) -> Optional[int]:
        return None

a = A()
a.b: int = 1
a.attr: int
d = {}
d["k"]: str = "v"
(x): int = 5
(q): int
f: Callable[[int], int] = lambda v: v
def g(x: int = 3, /, y: (1 if True else 2) = 0) -> "A":
    u: int = 2
    return u
print(x, y, z, d, g())
