# A comprehension runs as CPython 3.11 compiles it: a function of its own
# (`<listcomp>`, `<setcomp>`, `<dictcomp>`), called with an iterator over
# its first iterable. What is made inside it (a lambda, a generator
# expression, another comprehension) closes over its variables, late
# binding included, and is named for it; lambdas nest in lambdas; and
# f-string fields hold them too.
import asyncio


class P:
    def __init__(self, n):
        self.n = n

    def scaled(self):
        return [lambda: self.n * i for i in range(3)]

    def sup(self):
        try:
            return [super().__repr__() for i in range(1)]
        except TypeError as e:
            print("TypeError", e)


class Table:
    rows = [x * 2 for x in range(3)]


async def main():
    fs = [lambda: x for x in range(3)]
    print([f() for f in fs])
    gs = [(lambda y=x: y) for x in range(3)]
    print([g() for g in gs])
    print([list(x * y for y in range(2)) for x in range(3)])
    print([sum(c for c in row) for row in [[1, 2], [3]]])
    print({k: [v * k for v in range(k)] for k in range(3)})
    print({x % 3 for x in range(10)})
    print([f() for f in P(2).scaled()])
    P(1).sup()
    print(f"{[x * 2 for x in range(3)]} {(lambda: 5)()} {set(c for c in 'aa')}")
    add = lambda a: lambda b: a + b
    print(add(1)(2))
    print([sorted(g, key=lambda t: -t) for g in [[1, 2], [3, 4]]])
    print(repr([lambda: 1 for _ in range(1)][0]).split(" at")[0])
    g = [(x for x in range(2)) for _ in range(1)][0]
    print(repr(g).split(" at")[0], list(g))
    print(repr(add).split(" at")[0], repr(add(1)).split(" at")[0])
    x = 10
    print([x for x in range(2)], x, Table.rows)
    try:
        raise ValueError("held")
    except ValueError as e:
        errors = [e for e in [KeyError("k")]]
        print(errors, e)
    try:
        [1 / (x - 1) for x in range(3)]
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)


asyncio.run(main())
