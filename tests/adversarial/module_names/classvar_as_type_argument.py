import asyncio
import typing
from typing import Callable, List, Optional, Union, Tuple, Dict


async def f(x: List[typing.ClassVar[int]] = 1):
    return x


async def main():
    print(await f())


asyncio.run(main())
