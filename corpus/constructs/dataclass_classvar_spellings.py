# How dataclasses tells a ClassVar from a field, as CPython 3.11 does: an
# evaluated `ClassVar[...]` or `typing.ClassVar[...]` is one; a string is
# read as `[module.]name` and is one only when the module's own namespace
# binds `name` to ClassVar. Also: builtin types without a constructor.
import asyncio
import typing
from dataclasses import dataclass


@dataclass
class Plain:
    a: int
    b: "ClassVar[int]" = 1
    c: "typing.ClassVar[int]" = 2
    d: typing.ClassVar[int] = 3


async def main():
    print(Plain(1, 2))
    print(Plain.c, Plain.d)
    for make in (type(iter([])), type({}.keys()), type(iter(range(2)))):
        try:
            make()
        except TypeError as e:
            print("TypeError:", e)


asyncio.run(main())
