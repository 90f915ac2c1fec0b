def g(tag):
    try:
        yield 1
        yield 2
    finally:
        print("fin", tag)

def f():
    try:
        [1/0 for x in g("outer")]
    except ZeroDivisionError:
        print("caught")
    print("after")
f()

def f2():
    try:
        [1/0 for y in [1] for x in g("inner")]
    except ZeroDivisionError:
        print("caught")
    print("after")
f2()

def f3():
    try:
        [1/0 for x in zip(g("zip"))]
    except ZeroDivisionError:
        print("caught")
    print("after")
f3()
