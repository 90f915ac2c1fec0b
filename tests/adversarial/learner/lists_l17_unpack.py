import asyncio


async def pair(i):
    await asyncio.sleep(0)
    return i, str(i) * 2


async def main():
    for i, (n, s) in enumerate(await asyncio.gather(pair(1), pair(2))):
        print(i, n, s)
    a, b = 1, 2
    a, b = b, a
    print(a, b)
    (x, y), z = [3, 4], 5
    print(x, y, z)
    p, q = "hi"
    print(p, q)
    for k in range(2):
        try:
            if k == 0:
                a, b = [1, 2, 3]
            else:
                a, b, c = [1, 2]
        except ValueError as e:
            print("ValueError", e)
    try:
        a, b = 5
    except TypeError as e:
        print("TypeError", e)


asyncio.run(main())
