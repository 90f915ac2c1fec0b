import asyncio


async def add(lst, v):
    await asyncio.sleep(0)
    lst.append(v)


async def main():
    a = [1, [2, 3]]
    b = a.copy()
    await asyncio.gather(add(b[1], 4), add(a, 5), add(b, 6))
    print(a, b)
    b[0] = 99
    print(a, b, a[1] is b[1])
    a.append(a)
    print(a, len(a))
    d = {"self": None}
    d["self"] = d
    print(d)
    t = [a, a]
    print(t[0] is t[1], len(str(t)))


asyncio.run(main())
