import asyncio
import typing
from typing import Callable, List, Optional, Union, Tuple, Dict

SIZE = "x y"


async def f(x: List[SIZE] = 1):
    return x


async def main():
    print(await f())


asyncio.run(main())
