import asyncio


async def grow(a):
    await asyncio.sleep(0)
    a.extend("ab")
    a.extend((3, 4))
    a.extend(range(2))
    a.append([5])
    a += "cd"
    a.extend({"k": 1, "j": 2})
    a.extend([])
    return a


async def main():
    a = [1]
    b = a
    r = await grow(a)
    print(r, b, r is a, len(a))
    x = []
    x.append(x)
    print(x, len(x))
    y = [1, 2]
    y.extend(y)
    print(y)


asyncio.run(main())
