def a(): return
def b(): return 1, 2
def c(): return *[1], 2
def d(): return (yield)
def e(): return lambda: (yield)
print(a(), b(), c())
