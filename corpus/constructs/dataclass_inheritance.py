# @dataclass: base fields first, subclass overrides a default (the
# position is kept), grandchild gives a default to a base field.
import asyncio
from dataclasses import dataclass, field

@dataclass
class Base:
    id: int
    kind: str = "base"
    tags: list = field(default_factory=list)

@dataclass
class Child(Base):
    kind: str = "child"
    extra: int = 0

@dataclass
class GrandChild(Child):
    id: int = 100
    more: str = "m"

async def spawn(cls, delay, *args, **kw):
    await asyncio.sleep(delay)
    obj = cls(*args, **kw)
    print("spawned", obj)
    return obj

async def main():
    objs = await asyncio.gather(
        spawn(Base, 0.03, 1),
        spawn(Child, 0.01, 2),
        spawn(Child, 0.02, 3, "custom", ["t"], 7),
        spawn(GrandChild, 0.005),
        spawn(GrandChild, 0.04, 5, more="z", extra=1),
    )
    print([type(o).__name__ for o in objs])
    print(isinstance(objs[1], Base), isinstance(objs[0], Child))
    print(Base(2, "child") == objs[1])
    print(Child(2) == objs[1])
    print(objs[3].id, objs[3].kind, objs[3].more)
    print([f for f in ("id", "kind", "tags", "extra", "more") if hasattr(objs[4], f)])

asyncio.run(main())
