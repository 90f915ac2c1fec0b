global x
x = 0
def f():
    if False:
        global y
    y = 1
    for _ in []:
        global z
f()
print(y)
