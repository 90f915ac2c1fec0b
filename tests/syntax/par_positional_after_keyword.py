def f(a, b):
    pass
b = 2
f(a=1, b)
