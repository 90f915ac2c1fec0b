# @dataclass: repr (strings with quotes, floats like 1e+20, lists), ==/!=,
# keyword construction, in/index/count.
import asyncio
from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

@dataclass
class Named:
    name: str
    score: float
    tags: list

async def make_point(x, y, delay):
    await asyncio.sleep(delay)
    p = Point(x, y)
    print("made", p)
    return p

async def main():
    pts = await asyncio.gather(make_point(1, 2, 0.02), make_point(3, 4, 0.01), make_point(1, 2, 0.03))
    print(pts)
    print("p0 == p2:", pts[0] == pts[2])
    print("p0 == p1:", pts[0] == pts[1])
    print("p0 != p1:", pts[0] != pts[1])
    print("p0 is p2:", pts[0] is pts[2])
    n = Named("it's", 2.5, ["a", 1, None, 1.0])
    print(n)
    print(repr(n))
    print(f"{n}")
    print(str(Named('q"uote', 1e20, [])))
    print(Point(x=-1, y=0), Point(y=5, x=6))
    print(pts[1].x + pts[1].y)
    print(Point(1, 2) in pts, pts.index(Point(3, 4)), pts.count(Point(1, 2)))

asyncio.run(main())
