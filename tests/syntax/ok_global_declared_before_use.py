x = 1
def f():
    global x
    print(x)
    x = 2
f()
print(x)
