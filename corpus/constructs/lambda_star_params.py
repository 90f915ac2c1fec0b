import asyncio
from functools import partial

log = lambda *args, **kwargs: print("LOG", *args, **kwargs)
kw = lambda a, *, sep="-": sep.join(a)
po = lambda x, /, y=2: x * y
rest = lambda first, *others: (first, others)
kwonly = lambda *, k: k * 2
allk = lambda **kw: sorted(kw.items())

async def worker(n, cb):
    await asyncio.sleep(0.01 * n)
    cb(n, "done", end="!\n")
    return n

async def main():
    results = await asyncio.gather(*(worker(i, log) for i in range(3)))
    print(results)
    print(kw(["a", "b"]), kw(["a", "b"], sep="+"))
    print(po(3), po(3, 4), po(3, y=5))
    print(rest(1), rest(1, 2, 3))
    print(kwonly(k=4), allk(b=1, a=2))
    print(log.__name__, (lambda *a: a)())
    try:
        po(x=3)
    except TypeError as e:
        print("TypeError:", e)
    try:
        kwonly(4)
    except TypeError as e:
        print("TypeError:", e)
    try:
        rest()
    except TypeError as e:
        print("TypeError:", e)
    f = lambda x, *a, y=1, **k: (x, a, y, k)
    print(f(1, 2, 3, y=4, z=5))

asyncio.run(main())
