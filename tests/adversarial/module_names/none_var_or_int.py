import asyncio
import typing
from typing import Callable, List, Optional, Union, Tuple, Dict

SIZE = None


async def f(x: SIZE | int = 1):
    return x


async def main():
    print(await f())


asyncio.run(main())
