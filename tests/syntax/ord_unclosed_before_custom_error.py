def f():
    return [1,
        2
    if x = 1:
        pass
