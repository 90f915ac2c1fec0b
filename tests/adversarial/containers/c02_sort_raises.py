import asyncio


async def main():
    xs = [3, "a", 1]
    try:
        xs.sort()
    except TypeError as e:
        print(e)
    print(xs)
    ys = [1, 2, 3, 0, "a"]
    try:
        ys.sort()
    except TypeError as e:
        print(e)
    print(ys)
    zs = [5, 4, 3, "x", 1]
    try:
        zs.sort()
    except TypeError as e:
        print(e)
    print(zs)


asyncio.run(main())
