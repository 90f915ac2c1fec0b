import asyncio

async def foo():
    return 1


async def bar():
    return 2


async def baz():
    return 3


async def main():
    c = foo()
    print("v",
          (c := bar()) is None)
    print("w",
          len("x"), (c := 7))
    print("end")


asyncio.run(main())
