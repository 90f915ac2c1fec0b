import asyncio


async def ret(v):
    return v


def res(t):
    return repr(t).split(' result=')[1]


async def main():
    values = [
        {},
        {"b": 1, "a": 2},
        {"a": 1, "b": 2, "c": 3, "d": 4},
        {"e": 5, "d": 4, "c": 3, "b": 2, "a": 1},
        {3: "c", 1: "a", 2: "b"},
        {1: "x", "a": 2},
        {"k": {"n": {"m": [1, 2, 3, 4, 5, 6, 7]}}},
        {(2, 1): 0, (1, 2): 1},
        [{"z": 1, "y": 2}, {"b": 1, "a": 2, "c": 3, "e": 4, "d": 5}],
        {"v": list(range(10))}.items(),
        {"b": 1, "a": 2}.keys(),
    ]
    for v in values:
        t = asyncio.create_task(ret(v))
        await t
        print(res(t))


asyncio.run(main())
