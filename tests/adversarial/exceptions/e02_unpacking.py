import asyncio


async def main():
    try:
        a, b = 1
    except TypeError as e:
        print(e)
    try:
        a, b = [1, 2, 3]
    except ValueError as e:
        print(e)
    try:
        a, b, c = [1, 2]
    except ValueError as e:
        print(e)
    try:
        a, b = None
    except TypeError as e:
        print(e)
    try:
        a, b = "abc"
    except ValueError as e:
        print(e)
    a, b = {"x": 1, "y": 2}
    print(a, b)
    a, (b, c) = 1, (2, 3)
    (d, e), f = [4, 5], 6
    print(a, b, c, d, e, f)
    try:
        for p, q in [(1, 2), (3,)]:
            print(p, q)
    except ValueError as err:
        print(err)
    a = 0
    b = 0
    try:
        a, b = [7, 8, 9]
    except ValueError as err:
        print(err, a, b)
    try:
        a, (b, c) = 1, 2
    except TypeError as err:
        print(err, a, b)
    try:
        a, b = 2.5
    except TypeError as err:
        print(err)


asyncio.run(main())
