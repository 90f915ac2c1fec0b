# Where CPython's compiler turns `and`, `or` and `not` in a condition into
# jumps, and threads the jumps `and`/`or` make in a value, each operand's
# truth is asked once: a class's __bool__ runs as often as in CPython.
import asyncio


class T:
    def __init__(self, n, v):
        self.n, self.v = n, v

    def __bool__(self):
        print("bool", self.n)
        return self.v

    def __repr__(self):
        return f"T{self.n}"


def F(n):
    return T(n, False)


def Tr(n):
    return T(n, True)


class C:
    def __init__(self, n):
        self.n = n

    def __lt__(self, o):
        print("lt", self.n)
        return F(self.n)


async def ready(flag):
    await asyncio.sleep(0)
    return flag


async def main():
    print("-- if a and b")
    if F(1) and F(2):
        pass
    print("-- if a or b")
    if Tr(1) or F(2):
        pass
    print("-- if not (a or b)")
    if not (F(1) or F(2)):
        pass
    print("-- value (a and 1) or 2:", (F(1) and 1) or 2)
    print("-- value a or b and c:", F(1) or F(2) and Tr(3))
    print("-- value (a or b) and c:", (F(1) or F(2)) and Tr(3))
    print("-- multi-line value:", (F(1)
                                   and 1) or 2)
    print("-- ternary in if")
    if (F(1) if Tr(2) else Tr(3)):
        pass
    print("-- while")
    n = 0
    while Tr(1) and n < 2:
        n += 1
        await asyncio.sleep(0)
    print("-- assert")
    assert Tr(1) and Tr(2)
    print("-- comprehension", [i for i in range(2) if F(i) or Tr(i)])
    print("-- bool(a and b)", bool(F(1) and F(2)))
    print("-- not (a and b) value", not (F(1) and F(2)))
    print("-- ifexp value", 1 if (F(1) and F(2)) else 2)
    print("-- nested or in and in if")
    if (F(1) or Tr(2)) and Tr(3):
        pass
    print("-- chained compare")
    c1, c2, c3 = C(1), C(2), C(3)
    if c1 < c2 < c3:
        pass
    print("value", c1 < c2 < c3)
    print("-- walrus in if")
    if (w := F(1)) and F(2):
        pass
    print("-- awaited flags")
    if await ready(F(7)) or await ready(Tr(8)):
        print("one was true")
    print("-- (a and b) and c, (a or b) or c:", (F(1) and Tr(2)) and Tr(3), (Tr(4) or F(5)) or F(6))
    print("-- not not a:", not not Tr(1))
    if not not F(1):
        pass


asyncio.run(main())
