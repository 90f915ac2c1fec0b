import asyncio


async def main():
    try:
        sorted(1)
    except TypeError as e:
        print(e)
    try:
        isinstance(1, 2)
    except TypeError as e:
        print(e)
    try:
        print(1, sep=1)
    except TypeError as e:
        print(e)
    try:
        list(1, 2)
    except TypeError as e:
        print(e)
    try:
        dict(1)
    except TypeError as e:
        print(e)
    try:
        tuple(1)
    except TypeError as e:
        print(e)
    try:
        sorted([2, 1], key=1)
    except TypeError as e:
        print(e)
    try:
        len(obj=1)
    except TypeError as e:
        print(e)
    try:
        print(foo=1)
    except TypeError as e:
        print(e)
    try:
        dict([1, 2])
    except TypeError as e:
        print(e)
    try:
        dict([("a", 1, 2)])
    except ValueError as e:
        print(e)
    print(sum([1], start=5), round(number=2.5), sorted([3, 1], reverse=1))


asyncio.run(main())
