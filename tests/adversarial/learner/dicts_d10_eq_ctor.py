import asyncio


async def main():
    await asyncio.sleep(0)
    print({1: 2} == {1.0: 2}, {"a": 1, "b": 2} == {"b": 2, "a": 1}, dict(a=1, b=2), dict([(1, 2)]), dict(), dict({"x": 1}, y=2))
    a = {"k": [1]}
    b = a.copy()
    b["k"].append(2)
    b["j"] = 0
    c = dict(a)
    c["k"] = "new"
    print(a, b, c, a == b, {"x": 0.1 + 0.2} == {"x": 0.3})


asyncio.run(main())
