# Annotations naming the program's own classes, evaluated when each def
# runs: typing's subscripts (Optional[Product], List[Optional[Product]],
# Union[Order, None]), X | None, builtin generics, and strings.
import asyncio
from dataclasses import dataclass
from typing import Dict, List, Optional, Union


@dataclass
class Product:
    name: str
    price: float


class Order:
    def __init__(self, items: List[Product]) -> None:
        self.items = items

    def total(self) -> float:
        return sum(p.price for p in self.items)


async def fetch(n: int) -> Optional[Product]:
    await asyncio.sleep(0.1 * n)
    return Product(f"p{n}", n * 1.5) if n else None


async def build(ps: List[Optional[Product]]) -> Union[Order, None]:
    found: List[Product] = [p for p in ps if p is not None]
    return Order(found) if found else None


async def main() -> None:
    results: List[Optional[Product]] = await asyncio.gather(*(fetch(i) for i in range(3)))
    best: Product | None = None
    index: Dict[str, Product] = {p.name: p for p in results if p}
    order = await build(results)
    print(results, best, index, order.total() if order else None)


def report(o: Order | None, extra: "Product") -> Dict[str, Order]:
    return {"o": o}


asyncio.run(main())
print(report(None, None))
