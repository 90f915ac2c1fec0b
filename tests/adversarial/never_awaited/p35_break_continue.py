import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


async def main():
    for i in range(5):
        c = foo()
        if i == 1:
            continue
        if i == 3:
            break
    print(i)
    c = bar()
    print("end")


asyncio.run(main())
