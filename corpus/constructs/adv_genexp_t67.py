def make():
    base = 0
    items = [1, 2, 3]
    def setb(v):
        nonlocal base
        base = v
    def setitems(v):
        nonlocal items
        items = v
    def gen():
        return (base + i for i in items)
    def gen2():
        return (base + i + j for i in items for j in items)
    return setb, setitems, gen, gen2
setb, setitems, gen, gen2 = make()
g = gen()
setb(100)
print(next(g))
setitems([7])
print(list(g))
print(list(gen()))
h = gen2()
print(next(h))
setitems([1, 2])
print(list(h))
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return (inc() for _ in range(3)), inc
g, inc = counter()
print(inc(), next(g), inc(), list(g), inc())
