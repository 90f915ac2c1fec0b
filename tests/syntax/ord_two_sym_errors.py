def outer():
    def inner():
        nonlocal missing
    return inner

def g(a, a):
    pass
