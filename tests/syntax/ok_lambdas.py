f1 = lambda: 0
f2 = lambda x, y=2: x + y
f3 = lambda *a, **k: (a, k)
f4 = lambda a, /, b, *, c=3: a + b + c
f5 = lambda *, k: k
f6 = lambda x=lambda: 1: x()
f7 = lambda a, *rest, key=None, **kw: (a, rest, key, kw)
print(f1(), f2(1), f3(1, k=2), f4(1, 2), f5(k=9), f6(), f7(1, 2, key=3, z=4))
print((lambda: (yield))) if False else None
print(sorted([3, 1, 2], key=lambda v: -v))
