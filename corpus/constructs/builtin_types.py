import functools
def f(a, b): return a + b
p = functools.partial(f, 1)
print(type(p), type(p) == functools.partial, isinstance(p, functools.partial))
print(type(range(3)) == range, isinstance(range(3), range), type(range(2)))
print(isinstance(enumerate([]), enumerate), type(zip()) is zip, type(iter("ab")), type(iter("é")))
it = iter("héllo")
print(next(it), next(it), list(it))
