def f(a, /, b, *, c=1):
    return a + b + c

print(f(1, 2, c=3))

def g(a=1, /, b):
    pass
