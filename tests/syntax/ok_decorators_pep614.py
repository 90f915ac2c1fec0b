import functools

def deco(f):
    return f

registry = {"d": deco, "list": [deco]}

class NS:
    deco = staticmethod(deco)

@deco
@registry["d"]
@registry["list"][0]
@NS.deco
@(lambda f: f)
@functools.lru_cache(maxsize=None)
@deco if True else None
def fn(x):
    return x * 2

@functools.wraps(fn)
def other(x):
    return x

@deco
class C:
    @property
    def p(self):
        return 1
    @staticmethod
    def s():
        return 2
    @classmethod
    def c(cls):
        return cls

print(fn(3), C().p, C.s(), C.c().__name__, other(1))
