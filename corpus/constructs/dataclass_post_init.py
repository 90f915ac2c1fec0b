# @dataclass: __post_init__ sets an init=False field and raises
# ValueError; int vs float area.
import asyncio
from dataclasses import dataclass, field

@dataclass
class Rect:
    w: float
    h: float
    area: float = field(init=False)
    label: str = ""

    def __post_init__(self):
        print(f"  post_init w={self.w} h={self.h} label={self.label!r}")
        self.area = self.w * self.h
        if not self.label:
            self.label = f"{self.w}x{self.h}"
        if self.w < 0:
            raise ValueError(f"negative width {self.w}")

async def make(w, h, delay, **kw):
    await asyncio.sleep(delay)
    return Rect(w, h, **kw)

async def main():
    rs = await asyncio.gather(make(2, 3, 0.02), make(1.5, 4, 0.01, label="big"), make(0, 1, 0.03))
    for r in rs:
        print(r)
    print(sorted(r.area for r in rs))
    try:
        await make(-1, 2, 0.001)
    except ValueError as e:
        print("ValueError:", e)
    print(Rect(2, 3) == rs[0], Rect(2, 3, "2x3") == rs[0])

asyncio.run(main())
