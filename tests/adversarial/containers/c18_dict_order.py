import asyncio


async def main():
    d = {"a": 1, "b": 2}
    d.pop("a")
    d["a"] = 3
    print(d)
    d["b"] = 5
    print(d, list(d), list(d.values()))
    d.update({"c": 0, "a": 9})
    print(d)
    e = {k: v for k, v in [("x", 1), ("y", 2), ("x", 3)]}
    print(e)
    f = dict(zip("abc", range(3)))
    f.clear()
    f["z"] = 1
    print(f, dict(d), dict(d) is d)
    g = {1: "a", 2: "b"}
    g[1] = g.pop(2)
    print(g)


asyncio.run(main())
