import asyncio


async def main():
    d = {"a": 1, "b": 2}
    await asyncio.sleep(0)
    for k in d:
        d[k] = d[k] * 10
    print(d)
    try:
        for k in d:
            d[k + "x"] = 0
    except RuntimeError as e:
        print("RuntimeError", e)
    print(d)
    for k in list(d):
        if d[k] == 0:
            d.pop(k)
    print(d)
    try:
        for k in d:
            d.pop(k)
    except RuntimeError as e:
        print("RuntimeError", e)
    print(d)


asyncio.run(main())
