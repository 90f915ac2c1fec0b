def f():
    await g()

while True:
    pass
continue
