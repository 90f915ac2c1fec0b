def f(**k):
    pass
f(True=1)
