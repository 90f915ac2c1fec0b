import asyncio


async def square(x):
    await asyncio.sleep(0)
    return x * x


async def main():
    print([x * y for x in range(4) for y in range(x) if (x + y) % 2])
    print([[i * j for j in range(3)] for i in range(3)])
    print([c for c in "hello" if c not in "lo"], [c.upper() for c in "abc" if c != "b"])
    print([(x, y) for x in range(3) if x for y in "ab" if y != "a"])
    print([await square(x) for x in range(5) if x % 2 == 0])
    x = "outer"
    print([x for x in range(2)], x)
    print([row[i] for row in [[1, 2], [3, 4]] for i in range(2)], [i for i in []])
    print({k: [v] * k for k, v in zip(range(3), "xyz") if k != 1})


asyncio.run(main())
