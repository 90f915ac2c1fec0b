import asyncio


async def mutate(lst, tag):
    await asyncio.sleep(0.01)
    lst.append(tag)
    return lst


async def main():
    a = [1, 2, 3]
    b = a
    a.reverse()
    c = a.copy()
    r1, r2 = await asyncio.gather(mutate(a, "x"), mutate(c, "y"))
    print(a, b, c, r1 is r2, r1 is b)
    a.clear()
    print(a, b, c, r1)
    d = list(c)
    d[0] = 99
    print(c, d, c == d, [1, 2] == [1, 2], [1, 2] is [1, 2])


asyncio.run(main())
