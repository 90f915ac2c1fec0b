import asyncio

def g1():
    yield 1
    return "result"

def g2():
    return 42
    yield

def delegator():
    r = None
    for x in g1():
        yield x
        r = "result"
    print("delegated got", r)
    return r.upper()

async def main():
    g = g1()
    print(next(g))
    try:
        next(g)
    except StopIteration as e:
        print("value", e.args, repr(e))
    try:
        next(g2())
    except StopIteration as e:
        print("value", e.args)
    d = delegator()
    print(list(d))
    d = delegator()
    next(d)
    try:
        d.send(None)
    except StopIteration as e:
        print("delegator", e.value)
    e = StopIteration()
    print(e.args)
    e = StopIteration(1, 2)
    print(e.args)
    try:
        next(g)
    except StopIteration as e:
        print("again", e.args)

asyncio.run(main())
