import asyncio


async def main():
    d = {1: "a", 1.0: "b", True: "c"}
    print(d, len(d))
    print({1: "x"} == {True: "x"}, {1.0: 2} == {1: 2.0}, d[True], d[1.0])
    print({0: "a", False: "b", 0.0: "c", -0.0: "d"})
    e = {}
    e[True] = 1
    e[1] = 2
    e[1.0] = 3
    print(e, 0 in {False: 1}, 1.0 in {True: 2})
    f = {"k": 1}
    f.update({"k": 2, True: 3})
    f.setdefault(1, 9)
    f.setdefault(1.0, 10)
    print(f, f.pop(1.0), f)
    g = dict([(1, "a"), (True, "b")])
    print(g, dict(zip([0, 0.0, False], "xyz")))
    print({(1, 2): "t"}[(1.0, 2.0)], {2**53: "big"}.get(float(2**53)))


asyncio.run(main())
