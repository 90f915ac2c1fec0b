# @dataclass(frozen=True): assigning or deleting a field (or any attribute
# of the frozen class's own instance) raises dataclasses.FrozenInstanceError,
# an AttributeError; frozen instances are hashable, so dict keys and set
# members; with order=True they sort by their compared fields.
import asyncio
import dataclasses
from dataclasses import dataclass, field, FrozenInstanceError


@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0


@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


class Named(Point):
    pass


async def worker(p, delay):
    await asyncio.sleep(delay)
    return Point(p.x + 1, p.y * 2)


async def main():
    p = Point(1, 2)
    print(p, p == Point(1, 2), p != Point(2, 1))
    try:
        p.x = 5
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))
    try:
        p.z = 5
    except dataclasses.FrozenInstanceError as e:
        print("new attribute:", e)
    try:
        del p.y
    except AttributeError as e:
        print("delete:", e)
    n = Named(3)
    n.extra = "ok"
    print(n, n.extra)
    try:
        n.x = 1
    except FrozenInstanceError as e:
        print("subclass field:", e)
    seen = {p: "first", Point(1, 2): "again", Point(0): "origin"}
    print(len(seen), seen[Point(1, 2)], Point(0) in seen)
    results = await asyncio.gather(worker(p, 0.2), worker(Point(5), 0.1))
    print(results)
    versions = [Version(1, 2, "b"), Version(1, 0), Version(0, 9, "old"), Version(1, 2, "a")]
    print(sorted(versions))
    print(max(versions), Version(1, 2, "x") == Version(1, 2, "y"))
    print(len({Version(1), Version(1, 0, "z"), Version(2)}))


asyncio.run(main())
