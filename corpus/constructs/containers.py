import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    return {"name": name, "delay": delay}


async def guarded(n):
    try:
        await asyncio.sleep(0.01)
        if n == 2:
            raise ValueError(f"bad {n}")
    except ValueError as e:
        print("caught", e)
        return -1
    else:
        print("no error in", n)
        return n
    finally:
        print("finally", n)


async def early(n):
    for i in range(5):
        try:
            if i == n:
                return i * 10
            if i == 1:
                continue
            print("step", i)
        finally:
            print("leaving round", i)
    return None


async def slow(label):
    try:
        await asyncio.sleep(1)
    finally:
        print("cleanup", label)




async def main():
    results = await asyncio.gather(*[fetch(n, d) for n, d in [("a", 0.02), ("b", 0.01)]])
    print(results)
    print([r["name"] for r in results], results[0]["delay"])
    d = {"x": 1, "y": [1, 2], 3: "three"}
    d["z"] = 26
    d["x"] += 10
    print(d, len(d), d[3])
    print(list(d.keys()), list(d.values()), list(d.items()))
    for k, v in d.items():
        print(k, v)
    print(d.get("nope"), d.get("nope", 0), d.get("x"))
    try:
        print(d["missing"])
    except KeyError as e:
        print("KeyError", e, repr(e))
    nums = [n * n for n in range(10) if n % 2 == 0]
    print(nums, nums[-1], nums[1:3], nums[::-1], nums[:2], nums[3:], nums[::2])
    pairs = [(i, c) for i in range(2) for c in "ab"]
    print(pairs)
    nested = [[j for j in range(i)] for i in range(4)]
    print(nested, nested[3][1])
    n = 99
    squares = [n * 2 for n in range(3)]
    print(n, squares)
    text = "hello"
    print(text[0], text[-1], text[1:4], text[::-1])
    nums[0] = 100
    print(nums)
    try:
        nums[10] = 1
    except IndexError as e:
        print(e)
    try:
        print(nums[10])
    except IndexError as e:
        print(e)
    try:
        (1, 2)[0] = 5
    except TypeError as e:
        print(e)
    try:
        d[[1]] = 2
    except TypeError as e:
        print(e)
    print(await asyncio.gather(*[guarded(i) for i in range(4)]))
    print(await early(3), await early(1))
    tasks = [asyncio.create_task(slow(i)) for i in range(2)]
    await asyncio.sleep(0.1)
    for t in tasks:
        t.cancel()
    done = await asyncio.gather(*tasks, return_exceptions=True)
    print(done)
    print([await fetch(i, 0) for i in "xy"])
    print({}, {1: {2: {}}}, dict(a=1), dict([("k", "v")]))
    print(sorted([3, 1, 2]))


asyncio.run(main())
