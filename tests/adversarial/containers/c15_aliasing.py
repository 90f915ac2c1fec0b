import asyncio


async def main():
    grid = [[0] * 2] * 2
    grid[0][0] = 1
    print(grid)
    a = [1]
    b = a
    b += [2]
    print(a, a is b)
    c = (1,)
    e = c
    e += (2,)
    print(c, e)
    t = ([1],)
    try:
        t[0] += [2]
    except TypeError as err:
        print(err)
    print(t)
    s = "ab"
    s2 = s
    s2 += "c"
    print(s, s2)
    row = [0, 0]
    rows = [row, row]
    rows[1][1] = 5
    print(rows, row)
    d = {"k": []}
    lst = d["k"]
    lst.append(1)
    d2 = d.copy()
    d2["k"].append(2)
    print(d, d2, d["k"] is d2["k"])


asyncio.run(main())
