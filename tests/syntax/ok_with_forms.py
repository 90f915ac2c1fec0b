import contextlib

@contextlib.contextmanager
def cm(v):
    yield v

with cm(1) as a:
    print(a)
with cm(1) as a, cm(2) as b:
    print(a, b)
with (cm(1) as a, cm(2) as b):
    print(a, b)
with (cm(1) as a,
      cm(2) as b,):
    print(a, b)
with (cm(3)):
    pass
with (cm(1), cm(2)):
    pass
with cm((1, 2)) as (x, y):
    print(x, y)
lst = [0]
with cm(5) as lst[0]:
    print(lst)
