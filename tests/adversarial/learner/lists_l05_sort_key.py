import asyncio


async def produce(v):
    await asyncio.sleep(0)
    return v


async def main():
    nums = await asyncio.gather(*[produce(v) for v in [10, -9, 100, 3, -3, 9, 0]])
    a = nums.copy()
    a.sort(key=abs)
    print(a)
    a.sort(key=abs, reverse=True)
    print(a)
    a.sort(key=str)
    print(a)
    a.sort(key=str, reverse=True)
    print(a)
    w = ["ccc", "a", "bb", "dd", "e", "fff"]
    w.sort(key=len)
    print(w)
    w.sort(key=len, reverse=True)
    print(w)
    print(sorted(nums, key=abs), sorted([1.5, -1, True, 0.5]), sorted([[2, 1], [1, 9], [1]]))
    print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([-0.0, 0, 0.0, False], reverse=True))


asyncio.run(main())
