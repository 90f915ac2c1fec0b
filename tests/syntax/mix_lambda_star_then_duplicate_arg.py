f = lambda *a, **k: 0
print(f(1, x=2))

def g(a, b, a):
    pass
