import asyncio

def count(n):
    print("start")
    for i in range(n):
        print("yield", i)
        yield i
    print("end")
    return "done"

def chunks(xs, n):
    for i in range(0, len(xs), n):
        yield xs[i:i + n]

async def main():
    g = count(2)
    print(g.__class__ if False else type(g).__name__)
    print(next(g))
    print(list(g))
    for c in chunks([1, 2, 3, 4, 5], 2):
        print(c)
        await asyncio.sleep(0)
    print(sum(count(3)), any(count(5)))
    g = count(1)
    print(next(g), next(g, "default"))
    try:
        next(count(0))
    except StopIteration as e:
        print("stop", repr(e), e.args)
    a, b = chunks([1, 2, 3, 4], 2)
    print(a, b)
    print(3 in count(5))
    e = enumerate(count(2))
    print(next(e), list(e))
    def echo():
        x = yield 1
        while True:
            x = yield x * 2
    g = echo()
    print(next(g), g.send(5), g.send(10))
    g.close()
    print(next(g, "closed"))

asyncio.run(main())
