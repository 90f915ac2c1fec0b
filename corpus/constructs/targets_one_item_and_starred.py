# Targets of one item (`for a, in rows`) and starred targets among others
# in comprehensions (`for d, *s, c in rows`), parsed as CPython parses them.
import asyncio

async def agen():
    for row in ([1], (2,), "z"):
        yield row

async def main():
    print([(d, s, c) for d, *s, c in [[1, 2, 3], "abcd", (1, 2)]])
    print([(a, b, c, d) for a, (b, *c, d) in [(1, [2, 3, 4]), (5, (6, 7))]])
    print({x: y for *y, x in [(1, 2, 3), (4,)]})
    print(list(g for *_, g in [[1, 2], [3]]))
    for a, in [[1], (2,), "x"]:
        print(a)
    for (a,) in [[3]]:
        print(a)
    for (a,), b in [([4], 5)]:
        print(a, b)
    print([a for (a,) in [[1], (2,)]], [a for a, in [[7]]], {a for a, in [[1], [1]]})
    async for a, in agen():
        print("async", a)
    print([a async for a, in agen()])
    try:
        for a, in ["xy"]:
            pass
    except ValueError as e:
        print("ValueError", e)
    try:
        [a for a, in [5]]
    except TypeError as e:
        print("TypeError", e)
    try:
        [c for d, *s, c in [[1]]]
    except ValueError as e:
        print("ValueError", e)

asyncio.run(main())
