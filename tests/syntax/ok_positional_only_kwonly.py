def f(a, b=2, /, c=3, *, d, e=5, **kw):
    return a, b, c, d, e, kw

def g(a, /):
    return a

def h(*, k):
    return k

def i(a, /, *args, **kwargs):
    return a, args, kwargs

print(f(1, d=4), g(1), h(k=2), i(1, 2, a=3))
