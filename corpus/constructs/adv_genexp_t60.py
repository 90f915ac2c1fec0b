class MyStop(StopIteration):
    pass
def raiser(x):
    if x == 1:
        raise MyStop("custom")
    return x
try:
    print(list(raiser(x) for x in range(3)))
except RuntimeError as e:
    print("RE", e, type(e.__cause__).__name__, e.__cause__)
g = (raiser(x) for x in range(3))
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RE2", e, repr(e.__cause__), e.__suppress_context__)
def stop_in_gen():
    yield 1
    raise StopIteration("plain")
try:
    list(stop_in_gen())
except RuntimeError as e:
    print("RE3", e, repr(e.__cause__))
try:
    for v in (x for x in stop_in_gen()):
        pass
except RuntimeError as e:
    print("RE4", e, repr(e.__cause__))
