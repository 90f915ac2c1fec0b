xs = [1]
def g():
    for i in range(3):
        print("gen sees", list(xs))
        yield i
xs.extend(g())
print(xs)
ys = [0]
def h():
    for i in range(2):
        print("h sees", ys)
        yield i
ys += h()
print(ys)
s = {0}
def gs():
    for i in range(3):
        print("set has", sorted(s))
        yield i
s.update(gs())
print(sorted(s))
d = {}
def gd():
    for i in range(3):
        print("dict has", d)
        yield (i, i * 2)
d.update(gd())
print(d)
def bad():
    yield (1, 2)
    print("made second")
    yield (1, 2, 3)
    print("made third")
    yield (4, 5)
try:
    dict(bad())
except ValueError as e:
    print("ValueError", e)
d2 = {}
try:
    d2.update(bad())
except ValueError as e:
    print("ValueError", e, d2)
def unh():
    yield 1
    print("about to give a list")
    yield [2]
    print("after list")
    yield 3
s2 = set()
try:
    s2.update(unh())
except TypeError as e:
    print("TypeError", e, s2)
def key(x):
    print("key", x)
    return -x
def gm():
    for i in range(3):
        print("gm", i)
        yield i
print(max(gm(), key=key))
print(min(gm()))
def gerr():
    yield 1
    raise KeyError("boom")
zs = []
try:
    zs.extend(gerr())
except KeyError as e:
    print("KeyError", e, zs)
def attempt(f):
    try:
        f()
    except TypeError as ex:
        print("TypeError:", ex)
attempt(lambda: iter())
attempt(lambda: iter(1, 2, 3))
attempt(lambda: iter([], x=1))
attempt(lambda: next())
attempt(lambda: next(iter([]), 1, 2))
attempt(lambda: next(iter([]), x=1))
attempt(lambda: iter(5, None))
