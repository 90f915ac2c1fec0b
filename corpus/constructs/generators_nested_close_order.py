import asyncio

def inner(tag):
    try:
        yield tag + "1"
        yield tag + "2"
    finally:
        print("inner finally", tag)

def outer(tag):
    try:
        for x in inner(tag):
            yield x
    finally:
        print("outer finally", tag)

def outer_except(tag):
    try:
        for x in inner(tag):
            yield x
    except GeneratorExit:
        print("outer GeneratorExit", tag)
        raise

async def main():
    g = outer("a")
    print(next(g))
    g.close()
    print("--")
    g = outer("b")
    print(next(g))
    del g
    print("--")
    for x in outer("c"):
        print(x)
        break
    print("--")
    g = outer_except("d")
    next(g)
    g.close()
    print("--")
    try:
        for x in outer("e"):
            raise KeyError(x)
    except KeyError as e:
        print("KeyError", e)

asyncio.run(main())
