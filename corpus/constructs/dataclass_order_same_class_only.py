# @dataclass: order comparisons need the exact same class (subclasses are
# rejected too); TypeError messages, including inside sorted().
import asyncio
from dataclasses import dataclass

@dataclass(order=True)
class A:
    v: int

@dataclass(order=True)
class B:
    v: int

@dataclass(order=True)
class A2(A):
    pass

async def t(label, fn):
    await asyncio.sleep(0.001)
    try:
        print(label, "->", fn())
    except TypeError as e:
        print(label, "TypeError:", e)

async def main():
    await t("A<A", lambda: A(1) < A(2))
    await t("A<B", lambda: A(1) < B(2))
    await t("A<A2", lambda: A(1) < A2(2))
    await t("A2<A", lambda: A2(1) < A(2))
    await t("A2<A2", lambda: A2(1) < A2(2))
    await t("A==A2", lambda: A(1) == A2(1))
    await t("A>=B", lambda: A(1) >= B(1))
    await t("A<int", lambda: A(1) < 2)
    await t("sorted mix", lambda: sorted([A(2), A(1), B(0)]))
    await t("sorted A", lambda: sorted([A(2), A(1), A(0)]))

asyncio.run(main())
