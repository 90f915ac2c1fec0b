# @dataclass: ClassVar is not a field (not in init/repr/eq); the
# counter/registry is mutated from tasks; init error messages.
import asyncio
from dataclasses import dataclass, field
from typing import ClassVar

@dataclass
class Ticket:
    counter: ClassVar[int] = 0
    registry: ClassVar[list] = []
    title: str
    number: int = field(init=False, default=-1)

    def __post_init__(self):
        Ticket.counter += 1
        self.number = Ticket.counter
        Ticket.registry.append(self.title)

async def open_ticket(title, delay):
    await asyncio.sleep(delay)
    t = Ticket(title)
    print("opened", t)
    return t

async def main():
    ts = await asyncio.gather(open_ticket("bug", 0.02), open_ticket("feat", 0.01), open_ticket("doc", 0.03))
    print(ts)
    print("counter", Ticket.counter, "registry", Ticket.registry)
    print(Ticket("bug") == ts[0])
    t = Ticket("x")
    print(t, Ticket.counter)
    try:
        Ticket("y", 5)
    except TypeError as e:
        print("TypeError:", e)
    try:
        Ticket(title="y", counter=5)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
