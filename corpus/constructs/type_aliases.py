# Type aliases at the module's top, as typed examples write them: type
# variables (`TypeVar`), generic aliases, unions and plain classes held in
# a variable, then used in the annotations a `def` evaluates. The engine
# does not evaluate what an alias holds (a use outside annotations is
# refused), but a class held in a variable is still the class.
import asyncio
import typing as t
from typing import Any, Awaitable, Callable, Dict, List, Optional, TypeVar

T = TypeVar("T")
K = TypeVar("K", bound=str)
V = t.TypeVar("V", int, float, covariant=True)
R = TypeVar("R", contravariant=True)
Number = int | float
MaybeNumber = Optional[Number]
JSON = Dict[str, Any]
Pairs = list[tuple[K, V]]
Job = Callable[..., Awaitable[T]]
Seconds = float
Error = ValueError


async def run(job: Job, *args: Any) -> T:
    return await job(*args)


async def fetch(name: K, delay: Seconds) -> JSON:
    await asyncio.sleep(delay)
    return {"name": name, "delay": delay}


def total(pairs: Pairs, start: Number = 0) -> MaybeNumber:
    return sum((v for _, v in pairs), start) if pairs else None


def first(items: List[T], default: Optional[T] = None) -> Optional[T]:
    return items[0] if items else default


def check(n: Seconds | None, errors: list[Error] | None = None) -> Seconds:
    if n is None or n < 0:
        raise Error(f"bad delay: {n}")
    return Seconds(n)


async def main() -> None:
    results: List[JSON] = await asyncio.gather(
        run(fetch, "a", check(0.02)),
        run(fetch, "b", check(0.01)),
    )
    print(results)
    print(total([("x", 1), ("y", 2.5)]), total([]))
    print(first([3, 2, 1]), first([], default="none"))
    try:
        check(-1)
    except Error as e:
        print(type(e).__name__, e, Error is ValueError, Seconds(2))


asyncio.run(main())
