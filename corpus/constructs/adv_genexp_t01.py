import asyncio
async def main():
    xs = [1, 2, 3]
    ys = [10, 20]
    g = (x + y for x in xs for y in ys)
    ys = [100, 200]
    print(list(g))
    xs2 = [1, 2, 3]
    g = (x for x in xs2)
    xs2 = [9, 9]
    print(list(g))
    k = 1
    g = (x * k for x in range(3))
    k = 10
    print(list(g))
    print(repr(g)[:45])
    g = (x for x in range(3))
    print(next(g), next(g), next(g))
    try:
        next(g)
    except StopIteration as e:
        print("stop", e.value)
    print(next(g, "dflt"))
asyncio.run(main())
