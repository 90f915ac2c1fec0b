import asyncio


async def flag(v):
    await asyncio.sleep(0)
    return v


async def main():
    fl = await asyncio.gather(flag(0), flag(""), flag(None), flag([]), flag(0.0))
    print(sum([1, 2], 10), sum([0.1] * 10), sum([[1], [2]], []), sum([True, True]), sum([], 5))
    print(any([]), all([]), any(fl), all([1, "a"]), any(x for x in fl), all(x is not None for x in fl))
    print(sum(range(101)), sum([0.1, 0.2, 0.3]), sum([1, 2.5]), sum([1e100, 1, -1e100]), sum((1, 2), start=3))
    print(sum(x * x for x in range(4)), sum([-0.0]), sum([-0.0], -0.0), sum([0.1] * 3, 0.0))
    try:
        print(sum(["a", "b"], ""))
    except TypeError as e:
        print("TypeError", e)


asyncio.run(main())
