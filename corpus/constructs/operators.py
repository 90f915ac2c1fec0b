import asyncio


async def maybe(n):
    await asyncio.sleep(0.01 * n)
    return n if n % 2 else None


async def main():
    print(2 ** 10, 2 ** -1, -2 ** 2, (-2) ** 3, 2 ** 3 ** 2, 1.5 ** 2, 10 ** 0, 0 ** 0)
    x = 3
    x **= 3
    print(x, 4 ** 0.5, 2.0 ** -2)
    for base, exp in [(0, -1), (0.0, -2.5)]:
        try:
            print(base ** exp)
        except ZeroDivisionError as e:
            print("ZeroDivisionError:", e)
    try:
        print(10.0 ** 400)
    except OverflowError as e:
        print("OverflowError:", e)
    results = await asyncio.gather(*[maybe(n) for n in range(5)])
    print(results)
    print([r for r in results if r is not None], [r is None for r in results])
    print(3 in results, 2 in results, None not in results, "a" in "cat", "x" not in "cat")
    d = {"k": 1}
    print("k" in d, "v" in d, 1 in d.values(), ("k", 1) in d.items(), 5 in range(0, 10, 5), 7 in range(10, 0, -3))
    try:
        print(1 in "abc")
    except TypeError as e:
        print(e)
    try:
        print(1 in 5)
    except TypeError as e:
        print(e)
    label = "odd" if x % 2 else "even"
    print(label, "big" if x > 100 else "small" if x > 10 else "tiny")
    print([("hi" if i else "zero") for i in range(3)])
    items = []
    print(items is items, items is [], items is not None, None is None, True is not False)


asyncio.run(main())
