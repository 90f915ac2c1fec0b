import asyncio

def numbers():
    try:
        for i in range(5):
            yield i
    finally:
        print("numbers closed")

def boom():
    yield 1
    raise ValueError("bad item")

def stopper():
    yield 1
    raise StopIteration("x")

async def worker(name, gen):
    for item in gen:
        print(name, item)
        await asyncio.sleep(0)
        if item == 2:
            break
    print(name, "after loop")

async def main():
    await asyncio.gather(worker("a", numbers()), worker("b", numbers()))
    g = numbers()
    print(next(g))
    g = None
    print("after drop")
    try:
        for x in boom():
            print(x)
    except ValueError as e:
        print("caught", e)
    try:
        list(stopper())
    except RuntimeError as e:
        print("runtime", e, repr(e.__cause__))
    g = numbers()
    next(g)
    g.close()
    g.close()
    print(next(g, "done"))
    h = numbers()
    next(h)
    print(h)
    for x in boom():
        print(x)

asyncio.run(main())
