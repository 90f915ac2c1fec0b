def f(*a, **k):
    return a, k
print(f(1, 2, *[3], x=1, *[4], **{"y": 2}, z=3, **{"w": 4}))
print(f(x for x in range(3)))
print(f(key=lambda v: v, default=None))
print(f(print=1, type=2, match=3, case=4))
