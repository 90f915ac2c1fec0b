# Objects that refer to each other (a tree), methods calling methods and
# awaiting their children's, errors raised in __init__, bound methods.
import asyncio

class Node:
    count = 0
    def __init__(self, value, parent=None):
        self.value = value
        self.parent = parent
        self.children = []
        Node.count += 1
        if parent is not None:
            parent.children.append(self)

    def depth(self):
        return 0 if self.parent is None else 1 + self.parent.depth()

    async def walk(self, delay):
        print("visit", self.value, self.depth())
        await asyncio.sleep(delay)
        results = await asyncio.gather(*[c.walk(delay / 2) for c in self.children])
        return [self.value] + [x for r in results for x in r]

class Bad:
    def __init__(self, x):
        if x < 0:
            raise ValueError(f"negative: {x}")
        self.x = x

async def main():
    root = Node("r")
    a = Node("a", root)
    b = Node("b", root)
    Node("c", a)
    print(await root.walk(0.4))
    print(Node.count, root.count, len(root.children))
    try:
        Bad(-1)
    except ValueError as e:
        print("bad:", e)
    print(Bad(3).x)
    b.extra = "set later"
    print(b.extra, "ok")
    n = Node
    print(n("z").value, n.__name__, type(root) is Node, type(root) == Node)
    try:
        root.nope()
    except AttributeError as e:
        print(e)
    try:
        Node()
    except TypeError as e:
        print(e)
    try:
        Node.depth()
    except TypeError as e:
        print(e)
    print(Node.depth(a))
    f = a.depth
    print(f(), f == a.depth, f is a.depth)

asyncio.run(main())
