import asyncio


async def main():
    print(bool([]), bool([0]), bool(""), bool(" "), bool(0.0), bool(-0.0), bool(float("nan")))
    print(bool(range(0)), bool(range(1, 2)), bool({}), not [], bool(()), bool((0,)), bool({}.keys()))
    a = [[1]]
    b = a.copy()
    b[0].append(2)
    b.append(3)
    print(a, b, a is b, a[0] is b[0])
    c = list(a)
    d = a[:]
    print(c is a, d is a, c == a, d[0] is a[0])
    print([] or "x", [0] and "y", 0 or 0.0, "" or [] or (), 1 and 2 and 3, None or False)


asyncio.run(main())
