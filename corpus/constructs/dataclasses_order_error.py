# A dataclass field without a default after one with a default: the
# TypeError CPython raises as the class is made, before main runs.
import asyncio
from dataclasses import dataclass


async def main():
    print("never")


print("before the class")


@dataclass
class Bad:
    x: int = 1
    y: int


asyncio.run(main())
