import asyncio


async def main():
    x = None
    try:
        x[0]
    except TypeError as e:
        print(e)
    n = 5
    try:
        n[0]
    except TypeError as e:
        print(e)
    s = "abc"
    try:
        s[0] = "x"
    except TypeError as e:
        print(e)
    t = (1, 2)
    try:
        t[0] = 5
    except TypeError as e:
        print(e)
    xs = [1]
    try:
        xs["a"]
    except TypeError as e:
        print(e)
    try:
        xs[1.0]
    except TypeError as e:
        print(e)
    try:
        s["a"]
    except TypeError as e:
        print(e)
    try:
        t["a"]
    except TypeError as e:
        print(e)
    try:
        range(3)["a"]
    except TypeError as e:
        print(e)
    try:
        n()
    except TypeError as e:
        print(e)
    try:
        x.append(1)
    except AttributeError as e:
        print(e)


asyncio.run(main())
