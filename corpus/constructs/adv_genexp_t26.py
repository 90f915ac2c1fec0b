import asyncio
def g(n, fail_at=None):
    for i in range(n):
        if i == fail_at:
            raise ValueError(i)
        yield i
async def main():
    xs = [9]
    try:
        xs.extend(g(5, 3))
    except ValueError as e:
        print("VE", e, xs)
    ys = [9]
    alias = ys
    try:
        ys += g(5, 2)
    except ValueError as e:
        print("VE", e, ys, alias)
    s = {9}
    try:
        s.update(g(5, 2))
    except ValueError as e:
        print("VE", e, sorted(s))
    d = {}
    try:
        d.update((i, i) for i in g(5, 2))
    except ValueError as e:
        print("VE", e, d)
    try:
        d.update((i,) for i in range(2))
    except ValueError as e:
        print("VE", e, d)
    try:
        d.update(i for i in range(2))
    except TypeError as e:
        print("TE", e, d)
    try:
        print(dict((i, i, i) for i in range(2)))
    except ValueError as e:
        print("VE", e)
    xs = [0]
    def watcher():
        for i in range(3):
            print("len", len(xs))
            yield i
    xs.extend(watcher())
    xs += watcher()
    print(xs)
    s = set()
    def swatch():
        for i in range(3):
            print("slen", len(s))
            yield i
    s.update(swatch())
    d = {}
    def dwatch():
        for i in range(3):
            print("dlen", len(d))
            yield (i, i)
    d.update(dwatch())
    print(d)
    def keyf(v):
        print("key", v)
        if v == 2:
            raise KeyError(v)
        return v
    try:
        print(min(g(4), key=keyf))
    except KeyError as e:
        print("KE", e)
    print(min((x for x in []), default="empty"), max((x for x in g(3)), default=0))
    try:
        min(x for x in [])
    except ValueError as e:
        print("VE", e)
asyncio.run(main())
