import asyncio

def averager():
    total = 0
    count = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            break
        total += x
        count += 1
        avg = total / count
    return avg

def show_x():
    x = yield
    print("x is", x)
    y = yield x
    print("y is", y)

async def main():
    a = averager()
    print(a.send(None))
    for v in [10, 20, 30]:
        print(a.send(v))
        await asyncio.sleep(0)
    try:
        a.send(None)
    except StopIteration as e:
        print("final", e.value)
    g = show_x()
    try:
        g.send(5)
    except TypeError as e:
        print("TypeError:", e)
    print(next(g))
    print(next(g))
    try:
        next(g)
    except StopIteration:
        print("stopped")
    g = show_x()
    print(g.send(None), g.send("hi"))

asyncio.run(main())
