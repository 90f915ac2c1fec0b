def f(x):
    return x * 2
print([y for x in range(4) if (y := f(x)) > 2], y)
