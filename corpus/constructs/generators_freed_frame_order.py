def src(tag):
    try:
        yield 1
    finally:
        print(tag, "finally")
print(next(y for x in src("outer") for y in src("inner")))
def gf():
    a = src("local")
    next(a)
    for x in src("loop"):
        yield x
g = gf()
next(g)
del g
print("end")
