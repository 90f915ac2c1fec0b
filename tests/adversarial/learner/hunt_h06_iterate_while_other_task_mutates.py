import asyncio


def add(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc


async def collect(x, seen):
    await asyncio.sleep(0)
    seen[x] = len(seen)
    return seen


async def adder(lst):
    for i in range(3):
        await asyncio.sleep(0.01)
        lst.append(100 + i)


async def reader(lst):
    out = []
    for x in lst:
        out.append(x)
        await asyncio.sleep(0.01)
    return out


async def dict_writer(d):
    await asyncio.sleep(0.015)
    d["new"] = 1


async def dict_reader(d):
    try:
        for k in d:
            await asyncio.sleep(0.01)
    except RuntimeError as e:
        return "RuntimeError: " + str(e)
    return "done"


async def main():
    shared = {}
    print(add(1), add(2), add(3, []), add(4))
    r = await asyncio.gather(collect("a", shared), collect("b", shared))
    print(r, r[0] is r[1])
    lst = [1, 2]
    res = await asyncio.gather(reader(lst), adder(lst))
    print(res, lst)
    d = {"a": 1, "b": 2, "c": 3}
    print(await asyncio.gather(dict_reader(d), dict_writer(d)), d)


asyncio.run(main())
