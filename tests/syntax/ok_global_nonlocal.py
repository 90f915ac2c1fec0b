counter = 0

def bump():
    global counter
    counter += 1

def outer():
    x = 0
    def inner():
        nonlocal x
        x += 1
        def innermost():
            nonlocal x
            x += 10
        innermost()
    inner()
    return x

def declare_unused():
    global never_assigned, also_never

class K:
    global counter
    counter = 100

bump()
print(counter, outer())
