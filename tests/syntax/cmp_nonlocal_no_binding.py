def outer():
    def inner():
        nonlocal x
        x = 2
    return inner
