import asyncio


async def main():
    x = -7
    await asyncio.sleep(0)
    x //= 2
    print(x)
    x **= -1
    print(x)
    y = 10
    y %= -3
    print(y)
    s = "ab"
    t = s
    s *= 2
    print(s, t)
    l = [1]
    m = l
    l = l * 2
    print(l, m, l is m)
    tp = (1,)
    tq = tp
    tp += (2,)
    print(tp, tq)
    z = 5
    z /= 2
    z -= 0.5
    print(z, type(z).__name__)
    n = 2
    n **= 10
    n %= 1000
    print(n)
    d = {"k": 0}
    d["k"] -= 1.5
    d["k"] *= -2
    print(d)


asyncio.run(main())
