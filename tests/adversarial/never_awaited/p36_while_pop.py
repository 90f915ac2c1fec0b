import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


async def main():
    lst = []
    n = 0
    while n < 3:
        lst.append(foo())
        n += 1
    while lst:
        lst.pop()
    print(n)
    while True:
        d = bar()
        n -= 1
        if n == 0:
            break
    print("end")


asyncio.run(main())
