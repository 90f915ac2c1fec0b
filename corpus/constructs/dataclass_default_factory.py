# @dataclass: default_factory list/dict are not shared; mutation from
# interleaved tasks; no class attribute for a factory field.
import asyncio
from dataclasses import dataclass, field

@dataclass
class Bucket:
    name: str
    items: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)

async def filler(b, vals, delay):
    for v in vals:
        await asyncio.sleep(delay)
        b.items.append(v)
        b.meta[v] = len(b.items)
        print(b.name, "added", v, "->", b.items)

async def main():
    b1 = Bucket("one")
    b2 = Bucket("two")
    print(b1, b2)
    print("shared?", b1.items is b2.items)
    await asyncio.gather(filler(b1, [1, 2, 3], 0.01), filler(b2, ["x", "y"], 0.015))
    print(b1)
    print(b2)
    b3 = Bucket("one", [1, 2, 3], {1: 1, 2: 2, 3: 3})
    print("b1 == b3:", b1 == b3)
    b4 = Bucket("one")
    print("b4:", b4, b4 == Bucket("one"))
    print("class attr:", hasattr(Bucket, "items"))
    c = Bucket("c", items=[9])
    print(c)

asyncio.run(main())
