import asyncio


async def main():
    await asyncio.sleep(0)
    a = [3, 1, 2, 1, 3]
    a.remove(1)
    print(a, a.index(3), a.index(1), a.count(3), a.count(9))
    print([1, 1.0, True].count(1), [0, 1].index(True), [1, 2].index(2.0), [[1], [1]].count([1]))
    for op in ["remove", "index", "index2"]:
        try:
            if op == "remove":
                a.remove(5)
            elif op == "index":
                a.index(5)
            else:
                a.index("x")
        except ValueError as e:
            print("ValueError", e)
    b = [None, "a"]
    b.remove(None)
    print(b, [False, 0, 0.0].count(0))


asyncio.run(main())
