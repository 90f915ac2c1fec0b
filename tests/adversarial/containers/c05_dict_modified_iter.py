import asyncio


async def main():
    d = {"a": 1, "b": 2}
    try:
        for k in d:
            d["c"] = 3
    except RuntimeError as e:
        print(e)
    print(d)
    d = {"a": 1, "b": 2}
    try:
        for k in d:
            d.pop(k)
    except RuntimeError as e:
        print(e)
    print(d)
    d = {"a": 1, "b": 2}
    for k in d:
        d[k] = 0
    print(d)
    d = {"a": 1}
    try:
        for k in d:
            d.pop("a")
            d["b"] = 2
    except RuntimeError as e:
        print(e)
    print(d)


asyncio.run(main())
