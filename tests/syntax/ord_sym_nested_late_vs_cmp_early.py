break

def outer():
    def inner():
        nonlocal q
