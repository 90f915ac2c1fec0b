def f(*a, **k):
    pass
a = []
k = {}
f(**k, *a)
