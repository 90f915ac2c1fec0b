a = [1, 2]
b = (3, 4)
first, *rest = [1, 2, 3]
*init, last = range(4)
x, *y, z = "hello"
[p, *q] = (1, 2, 3)
(r, *s), t = [1, 2], 3
print(first, rest, init, last, x, y, z, p, q, r, s, t)
print([*a, *b], (*a, *b), {*a, *b})
print({**{"k": 1}, "j": 2, **{}})
print(*a, *b, sep="-")
def f(*args, **kwargs):
    return args, kwargs
print(f(*a, 0, *b, k=1, **{"m": 2}))
for u, *v in [(1, 2, 3)]:
    print(u, v)
def gen():
    yield *a, 9
    return *b, 8
print(list(gen()))
t2 = *a, *b
print(t2)
d = {}
d[*a] = 1
print(d)
