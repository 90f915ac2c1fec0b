import asyncio


def f(*a):
    return a


async def main():
    def inner(*a):
        return a
    for call in [lambda: f(*5), lambda: print(*None), lambda: f(1, *2), lambda: [*5],
                 lambda: len(*3), lambda: [].append(*4), lambda: inner(*1.5), lambda: max(*7),
                 lambda: f(*[1, 2]), lambda: f(*"ab"), lambda: int(*2)]:
        try:
            print(call())
        except TypeError as e:
            print("TypeError:", e)


asyncio.run(main())
