# @dataclass: field(init=False) with default/factory; init TypeError
# messages.
import asyncio
from dataclasses import dataclass, field

@dataclass
class Counter:
    name: str
    start: int = 0
    count: int = field(init=False, default=0)
    log: list = field(init=False, default_factory=list)

    async def tick(self, n, delay):
        for i in range(n):
            await asyncio.sleep(delay)
            self.count += 1
            self.log.append(f"{self.name}{i}")

async def main():
    a = Counter("a")
    b = Counter("b", 10)
    print(a, b)
    await asyncio.gather(a.tick(3, 0.01), b.tick(2, 0.015))
    print(a)
    print(b)
    print("a == Counter('a'):", a == Counter("a"))
    c = Counter("a")
    c.count = 3
    c.log = ["a0", "a1", "a2"]
    print("a == c:", a == c)
    try:
        Counter("z", 1, 5)
    except TypeError as e:
        print("TypeError:", e)
    try:
        Counter("z", count=5)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
