def deco(f):
    return f

@deco
x = 1
