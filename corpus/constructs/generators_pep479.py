import asyncio

def leaky():
    yield 1
    raise StopIteration("oops")

def next_inside():
    it = iter([])
    yield 0
    yield next(it)

async def main():
    try:
        print(list(leaky()))
    except RuntimeError as e:
        print("RuntimeError:", e)
        print("cause", type(e.__cause__).__name__, e.__cause__)
    try:
        for x in next_inside():
            print("x", x)
    except RuntimeError as e:
        print(type(e).__name__, e)
    g = next_inside()
    next(g)
    print(next(g, "default?"))

asyncio.run(main())
