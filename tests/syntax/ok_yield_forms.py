def g1():
    x = yield
    y = yield x
    z = yield x, y
    w = (yield)
    print((yield 1) + 1 if False else 0)
    yield from [x, y, z, w]
    return 5

def g2():
    v = yield from g1()
    return v

gen = g2()
print(next(gen), gen.send(1), gen.send(2), gen.send(3))
def g3():
    await_ = yield
    lst = [(yield)] if False else []
    return lst
print(list(g3()))
