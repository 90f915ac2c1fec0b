import asyncio


async def score(name, delay):
    await asyncio.sleep(delay)
    return len(name) * 10


async def main():
    names = ["ann", "bo", "cyril"]
    scores = await asyncio.gather(*[score(n, 0.01 * i) for i, n in enumerate(names)])
    table = {n: s for n, s in zip(names, scores)}
    print(table)
    print({n: s for n, s in table.items() if s > 20}, {i: i * i for i in range(4)})
    print({k: [v] for k in "ab" for v in range(2)})
    i = 7
    squares = {i: i ** 2 for i in range(3)}
    print(i, squares)
    print({n: await score(n, 0) for n in ["x", "yy"]})
    x = 5
    print(0 < x < 10, 0 < x < 3, 1 <= x <= 5 < 6, "a" < "b" < "c", x == 5 != 6)
    for low, high in [(0, 10), (6, 9)]:
        if low <= x < high:
            print("in", low, high)
        else:
            print("out", low, high)
    try:
        print(1 < x < "a")
    except TypeError as e:
        print(e)


asyncio.run(main())
