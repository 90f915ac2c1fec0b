import asyncio

async def a():
    pass

async def b():
    pass

def l2():
    x = b()
    raise ValueError("l2")

def l1():
    y = a()
    try:
        l2()
    except ValueError:
        raise KeyError("l1")

async def main():
    try:
        l1()
    except KeyError:
        print("got KeyError")

asyncio.run(main())
