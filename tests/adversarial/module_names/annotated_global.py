import asyncio

X = 1


def f():
    global X
    X: int = 5


async def main():
    f()


asyncio.run(main())
