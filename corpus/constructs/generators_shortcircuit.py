import asyncio

def noisy(xs):
    for x in xs:
        print("gen", x)
        yield x
    print("gen end")

async def main():
    g = noisy([0, 0, 3, 4])
    print(any(g))
    print(list(g))
    g = noisy([1, 2, 0, 5])
    print(all(g))
    print(next(g))
    g = noisy([5, 6, 7, 8])
    print(6 in g)
    print(8 in g)
    print(6 in g)
    g = noisy([])
    print(any(g), all(g))
    print(max(noisy([3, 9, 2]), default=None), min(noisy([]), default="none"))
    try:
        max(noisy([]))
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
