def echo():
    x = yield
    while True:
        x = yield x

g = echo()
next(g)
print(g.send(5))

def bad():
    return [(yield) for _ in range(3)]
