# @dataclass: fields from annotations (inherited ones first), defaults,
# field(default_factory=...), the generated __init__ (with its TypeErrors),
# __repr__ (with `...` for an instance inside itself), __eq__ and the
# unhashable instances; __post_init__; @dataclass() with brackets.
import asyncio
from dataclasses import dataclass, field


@dataclass
class Job:
    name: str
    delay: float = 0.1
    tags: list = field(default_factory=list)

    async def run(self):
        await asyncio.sleep(self.delay)
        self.tags.append("done")
        return f"{self.name} after {self.delay}"


@dataclass
class Priority(Job):
    level: int = 0

    def __post_init__(self):
        print("post init", self.name, self.level)


@dataclass()
class Point:
    x: int
    y: int = 0


@dataclass
class Node:
    value: int
    next: object = None


async def main():
    jobs = [Job("a", 0.2), Job("b"), Job(name="c", delay=0.05, tags=["x"])]
    print(jobs)
    print(await asyncio.gather(*(j.run() for j in jobs)))
    print(jobs[0], jobs[0].tags is jobs[1].tags)
    print(Job("a") == Job("a"), Job("a") == Job("b"), Job("a") != Job("a", 0.1))
    print(Job("a") == "a", Point(1) == Point(1, 0), Point(1) == Job("a"))
    p = Priority("p", 1, [], 5)
    print(p, Priority("q"))
    print(Point(3), Point(x=1, y=2), Job.delay)
    n = Node(1)
    n.next = n
    print(n, Node(2, Node(3)))
    try:
        Job()
    except TypeError as e:
        print("TypeError:", e)
    try:
        Point(1, 2, 3)
    except TypeError as e:
        print("TypeError:", e)
    try:
        Point(1, z=2)
    except TypeError as e:
        print("TypeError:", e)
    try:
        {Point(1): 1}
    except TypeError as e:
        print("TypeError:", e)
    print(f"{Point(1, 2)!s} {Point(1, 2)!r}", str(Point(4)))


asyncio.run(main())
