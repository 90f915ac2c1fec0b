class A:
    b = 0
a = A()
if (a.b := 1):
    pass
