import asyncio
async def main():
    b = [1, 2]
    g = ((x, y) for x in range(3) for y in b)
    print(next(g), next(g))
    b = ["z"]
    print(next(g), list(g))
    lst = [1, 2, 3]
    g = (x for x in lst)
    lst.append(4)
    print(list(g))
    lst = [1, 2, 3]
    g = (x for x in lst)
    print(next(g))
    lst.append(99)
    lst[1] = 20
    print(list(g))
    d = {"a": 1}
    g = (k for k in d)
    d["b"] = 2
    try:
        print(list(g))
    except RuntimeError as e:
        print("RE", e)
    d = {"a": 1, "b": 2}
    g = (k for k in d)
    print(next(g))
    d["c"] = 3
    try:
        print(list(g))
    except RuntimeError as e:
        print("RE", e)
    print(next(g, "dead"))
    s = {1}
    g = (k for k in s)
    print(next(g))
    s.add(2)
    try:
        next(g)
    except RuntimeError as e:
        print("RE", e)
    except StopIteration:
        print("SI")
    def make(n):
        return (i * n for i in range(n))
    gs = [make(i) for i in range(4)]
    print([list(g) for g in gs])
    fs = []
    for i in range(3):
        def f():
            return (i for _ in range(2))
        fs.append(f)
    print([list(f()) for f in fs])
asyncio.run(main())
