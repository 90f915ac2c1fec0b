import asyncio


async def main():
    d = {"a": 1, "b": 2}
    try:
        for k, v in d.items():
            d["z" + k] = v
    except RuntimeError as e:
        print(e)
    print(d)
    d = {"a": 1, "b": 2}
    try:
        for v in d.values():
            d.clear()
    except RuntimeError as e:
        print(e)
    print(d)
    d = {"a": 1, "b": 2}
    seen = []
    for k in d:
        seen.append(k)
        d["a"] = 5
        d.update({"b": 7})
    print(seen, d)
    d = {"a": 1, "b": 2, "c": 3}
    try:
        for k in d.keys():
            d.pop("c")
            d["c"] = 4
            print("iter", k)
    except RuntimeError as e:
        print(e)
    print(d)


asyncio.run(main())
