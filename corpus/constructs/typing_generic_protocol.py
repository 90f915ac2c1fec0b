# Classes derived from typing's Generic[T] and Protocol, as typed
# examples write them: a generic class is an ordinary class to call and
# subclass; a protocol cannot be instantiated nor given to isinstance
# (without @runtime_checkable), and a class derived from one without an
# __init__ of its own takes no arguments, with CPython's messages.
import asyncio
import typing
from typing import Generic, Optional, Protocol, TypeVar

T = TypeVar("T")
K = TypeVar("K")


class Result(Generic[T]):
    def __init__(self, value: Optional[T] = None, error: Optional[str] = None) -> None:
        self.value = value
        self.error = error

    def ok(self) -> bool:
        return self.error is None

    def __repr__(self) -> str:
        return f"Result(value={self.value!r}, error={self.error!r})"


class Cache(typing.Generic[K, T]):
    def __init__(self) -> None:
        self.items: dict[K, T] = {}

    async def get(self, key: K, make) -> T:
        if key not in self.items:
            await asyncio.sleep(0.01)
            self.items[key] = make(key)
        return self.items[key]


class Greeter(Protocol):
    name: str

    def greet(self) -> str: ...


class English(Greeter):
    def __init__(self, name: str) -> None:
        self.name = name

    def greet(self) -> str:
        return f"Hello, {self.name}"


class Silent(Greeter):
    pass


class Quiet(Greeter):
    pass


class Quieter(Quiet):
    pass


class Comparable(Protocol[T]):
    def less(self, other: T) -> bool: ...


async def fetch(n: int) -> Result[int]:
    await asyncio.sleep(0.01 * n)
    if n == 2:
        return Result(error="two is unlucky")
    return Result(n * 10)


async def main() -> None:
    results = await asyncio.gather(*(fetch(n) for n in range(4)))
    print(results, [r.ok() for r in results])
    cache: Cache[str, int] = Cache()
    print(await asyncio.gather(cache.get("ab", len), cache.get("abc", len)))
    print(English("Ada").greet(), Silent().greet(), isinstance(English("x"), English))
    for make in (Greeter, lambda: Silent(1), Comparable):
        try:
            make()
        except TypeError as e:
            print("TypeError:", e)
    # The first call gives the class object.__init__ (typing's
    # _no_init_or_replace_init), whose error differs from later calls'.
    for make in (lambda: Quiet(1), lambda: Quiet(2), lambda: Quieter(3), Quieter):
        try:
            print(type(make()).__name__)
        except TypeError as e:
            print("TypeError:", e)
    try:
        isinstance(English("x"), Greeter)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
