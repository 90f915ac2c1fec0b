import asyncio


async def main():
    n = float("nan")
    print(n in [n], [n] == [n], [n].count(n), [n].index(n))
    print((n,) == (n,), {"k": n} == {"k": n}, n in (n,), [n] != [n])
    print(float("nan") in [float("nan")], [n] == [float("nan")], [n, 1] < [n, 2])
    xs = [1, n, 2]
    xs.remove(n)
    print(xs, n == n)
    d = {n: 1}
    print(n in d, d.get(n), d.get(float("nan")), len(d))
    m = float("nan")
    d[m] = 2
    print(len(d), d)
    print([[n]] == [[n]], [n] in [[n]], n in [1, n], max([n, 1]), max([1, n]))


asyncio.run(main())
