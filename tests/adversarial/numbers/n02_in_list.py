import asyncio


async def main():
    a = 9007199254740993
    b = 9007199254740992.0
    print(a in [b], b in [a], a in [a - 1], b in (a - 1,))
    print([a] == [b], (a,) == (b,), [a - 1] == [b], [b, 1] == [a - 1, 1.0])
    print([a, b].count(b), [a, b].count(a), [b, a].index(a))
    print([1, 2.0, 3] == [1.0, 2, 3.0], [0.1 + 0.2] == [0.3])
    xs = [b, a]
    xs.remove(a - 1)
    print(xs)


asyncio.run(main())
