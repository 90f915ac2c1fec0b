def f():
    await g()

x = 1
nonlocal x
