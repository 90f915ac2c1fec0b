def f(kind):
    if kind == 0:
        raise
    if kind == 1:
        raise ValueError
    if kind == 2:
        raise ValueError("x") from None
    raise TypeError("y") from ValueError("z")

for k in range(1, 4):
    try:
        f(k)
    except Exception as e:
        print(type(e).__name__)
