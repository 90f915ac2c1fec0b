class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

def describe(v):
    match v:
        case 0 | 1 | -1:
            return "small"
        case 1.5 | 2j | -3 + 4j:
            return "numeric"
        case "go" | b"go":
            return "go"
        case None | True | False:
            return "singleton"
        case [x, y, *rest] if x < y:
            return f"seq {x} {y} {rest}"
        case (a, b):
            return "pair"
        case {"kind": "circle", "r": r, **others}:
            return f"circle {r} {others}"
        case Point(x=0, y=0):
            return "origin"
        case Point(px, py) as pt:
            return f"point {px} {py} {pt.x}"
        case int(n) | float(n):
            return f"number {n}"
        case str() as s:
            return s
        case [Point(), *_]:
            return "points"
        case _:
            return "other"

for v in [0, 2j, "go", None, [1, 2, 3], (2, 1), {"kind": "circle", "r": 2, "z": 0},
          Point(0, 0), Point(1, 2), 7, "s", [Point(1, 1)], object()]:
    print(describe(v))
