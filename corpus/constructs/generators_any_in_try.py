def f():
    try:
        r = any(x > 0 for x in [1, 2])
        print("r", r)
    except ValueError:
        print("caught wrongly")
    raise ValueError("out")
try:
    f()
except ValueError as e:
    print("outer", e)

def f2():
    for i in range(3):
        r = all(x > 5 for x in [1, 2])
    try:
        raise KeyError("k")
    except KeyError:
        print("ok")
    print([1/x for x in [0]])
try:
    f2()
except ZeroDivisionError as e:
    print("zde", e)
