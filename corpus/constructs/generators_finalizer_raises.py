import asyncio

def bad_finally():
    try:
        yield 1
    finally:
        print("bad finally runs")
        raise ValueError("from finally")

def ignores_exit():
    while True:
        try:
            yield 1
        except GeneratorExit:
            print("swallowing")

async def main():
    g = bad_finally()
    next(g)
    try:
        g.close()
    except ValueError as e:
        print("close raised", e)
    g = bad_finally()
    next(g)
    del g
    print("after del 1")
    h = ignores_exit()
    next(h)
    h = None
    print("after del 2")
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
