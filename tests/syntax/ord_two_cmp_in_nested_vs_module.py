def f():
    def g():
        return 1
    yield from g()
    return 2

async def h():
    yield from []

return 3
