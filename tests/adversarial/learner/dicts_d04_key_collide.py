import asyncio


async def main():
    await asyncio.sleep(0)
    d = {1: "a", 1.0: "b", True: "c"}
    print(d, d[1.0], d[True], len(d))
    print({True: 1, 1: 2}, {0: "x", False: "y", 0.0: "z"}, {0: "a", -0.0: "b"})
    e = {}
    e[1.0] = 1
    e[1] = 2
    e[True] = 3
    print(e, 1 in e, True in e, 1.5 in e)
    f = {1: "int"}
    print(f.get(1.0), f.get(True), f.pop(True), f)
    g = {"k": 1}
    g[(1, 2)] = "t"
    g[1, 2] = "u"
    print(g, g[1, 2])


asyncio.run(main())
