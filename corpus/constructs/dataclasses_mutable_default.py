# A mutable default for a dataclass field: CPython's ValueError, raised
# as the class is made.
import asyncio
from dataclasses import dataclass


@dataclass
class Basket:
    items: list = []


async def main():
    print(Basket())


asyncio.run(main())
