def apply(f=lambda x: x + 1):
    return f(1)
print(apply(), apply(lambda x: x * 10))
