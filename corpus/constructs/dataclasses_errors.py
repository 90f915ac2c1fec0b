# What @dataclass refuses, as CPython raises it: field() given both a
# default and a default_factory, too many arguments; a class the
# body defines __init__ and __repr__ for keeps its own.
import asyncio
import dataclasses


def attempt(make):
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


@dataclasses.dataclass
class Own:
    a: int
    b: str = "b"

    def __init__(self, a):
        self.a = a * 10
        self.b = "own"

    def __repr__(self):
        return f"Own<{self.a}, {self.b}>"


@dataclasses.dataclass
class Counter:
    count: int = 0
    names: dict = dataclasses.field(default_factory=dict)

    def bump(self, name):
        self.count += 1
        self.names[name] = self.names.get(name, 0) + 1


async def worker(counter, name, n):
    for _ in range(n):
        counter.bump(name)
        await asyncio.sleep(0)


async def main():
    print(Own(4), Own(4) == Own(4))
    c = Counter()
    await asyncio.gather(worker(c, "a", 3), worker(c, "b", 2))
    print(c)
    attempt(lambda: dataclasses.field(default=1, default_factory=list))
    attempt(lambda: Counter(1, {}, 3))


asyncio.run(main())
