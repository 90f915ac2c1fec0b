# @dataclass: a self-referencing dataclass repr prints ...; a parent field
# with repr=False.
import asyncio
from dataclasses import dataclass, field

@dataclass
class Node:
    name: str
    children: list = field(default_factory=list)
    parent: object = field(default=None, repr=False, compare=False)

@dataclass
class Loop:
    name: str
    other: object = None

async def attach(parent, name, delay):
    await asyncio.sleep(delay)
    n = Node(name, parent=parent)
    parent.children.append(n)
    return n

async def main():
    root = Node("root")
    kids = await asyncio.gather(attach(root, "b", 0.02), attach(root, "a", 0.01))
    await attach(kids[0], "b1", 0.001)
    print(root)
    print(kids[0].parent.name, [c.name for c in root.children])
    x = Loop("x")
    x.other = x
    print(x)
    y = Loop("y")
    z = Loop("z", y)
    y.other = z
    print(y)
    print([x])

asyncio.run(main())
