# vars(obj) and obj.__dict__ are the object's attributes themselves: an
# instance's (a dataclass's too), an exception's and a function's; a
# change through the dict is the object's, and the other way round.
import asyncio
from dataclasses import dataclass


class Job:
    kind = "job"

    def __init__(self, name, delay):
        self.name = name
        self.delay = delay
        self.done = False

    async def run(self):
        await asyncio.sleep(self.delay)
        self.done = True
        return self


@dataclass
class Point:
    x: int
    y: int = 0


class NotFound(Exception):
    def __init__(self, key):
        super().__init__(key)
        self.key = key


def tagged(fn):
    fn.tag = "t"
    return fn


@tagged
def helper():
    pass


async def main():
    jobs = [Job("a", 0.02), Job("b", 0.01)]
    done = await asyncio.gather(*(j.run() for j in jobs))
    for j in done:
        print(vars(j), j.__dict__ is vars(j))
    d = vars(jobs[0])
    d["extra"] = 1
    print(jobs[0].extra, "kind" in d)
    del jobs[0].extra
    print(d, len(d))
    jobs[0].__dict__.update({"name": "z", "delay": 0})
    print(jobs[0].name, list(vars(jobs[0])))
    print(vars(Point(1, 2)), Point(3).__dict__)
    e = NotFound("k")
    print(vars(e), e.__dict__)
    print(helper.__dict__, vars(helper))
    try:
        vars(1)
    except TypeError as x:
        print("TypeError:", x)
    try:
        vars(jobs[0], 2)
    except TypeError as x:
        print("TypeError:", x)
    for k, v in vars(jobs[1]).items():
        print(k, "=", v)


asyncio.run(main())
