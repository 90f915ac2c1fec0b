import functools

handlers = [functools.lru_cache]

@handlers[0]
def f(x):
    return x

@(lambda fn: fn)
def g():
    pass

class Empty:
