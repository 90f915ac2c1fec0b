import asyncio


async def val(k):
    await asyncio.sleep(0.01 * (3 - k))
    return k * k


async def main():
    print({k: v for k, v in zip("abc", range(3))}, {x % 3: x for x in range(10)})
    print({w: len(w) for w in "the quick brown the".split() if len(w) > 3})
    print({i: await val(i) for i in range(4)}, {(i, j): i * j for i in range(2) for j in range(2)})
    sq = await asyncio.gather(*[val(i) for i in range(4)])
    print(dict(zip(range(4), sq)), {v: k for k, v in {"a": 1, "b": 1}.items()})


asyncio.run(main())
