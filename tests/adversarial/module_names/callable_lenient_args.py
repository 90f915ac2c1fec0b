import asyncio
import typing
from typing import Callable, Dict, Tuple, Union, Optional, List


async def f1(x: None | int = None) -> Callable[int, str]:
    return x


async def f2(x: dict[int, str, float] = 1) -> Optional[int] | None:
    return x


async def f3(x: asyncio.Queue[int] = 2) -> asyncio.Task[int]:
    return x


async def f4(x: Tuple[int, ...] = 3, y: List | None = 4) -> Union[int]:
    return x + y


async def f5(x: typing.Optional = 5, y: type[int] = 6) -> int | list:
    return x + y


async def f6(x: 3 | 4 = 7) -> Callable[..., int] | None:
    return x


async def main():
    print(await f1(), await f2(), await f3(), await f4(), await f5(), await f6())


asyncio.run(main())
