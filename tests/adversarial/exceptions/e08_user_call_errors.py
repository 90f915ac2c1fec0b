import asyncio


def f(a, b=2):
    return a + b


def g():
    return 0


def h(a, b, c):
    return a


async def co(x):
    return x


async def main():
    try:
        f()
    except TypeError as e:
        print(e)
    try:
        f(1, 2, 3)
    except TypeError as e:
        print(e)
    try:
        f(1, c=3)
    except TypeError as e:
        print(e)
    try:
        f(1, a=2)
    except TypeError as e:
        print(e)
    try:
        g(1)
    except TypeError as e:
        print(e)
    try:
        h()
    except TypeError as e:
        print(e)
    try:
        h(1)
    except TypeError as e:
        print(e)
    try:
        c = co()
        print("created")
    except TypeError as e:
        print(e)
    try:
        co(1, 2)
    except TypeError as e:
        print(e)
    print(f(b=1, a=5), f(*[1, 2]), await co(x=3))


asyncio.run(main())
