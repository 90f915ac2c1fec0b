async def f(a, *, a=1):
    return a
