import asyncio

async def a():
    pass

async def b():
    pass

async def c():
    pass

async def d():
    pass

def h2():
    inner = [c(), d()]
    raise ValueError("h2")

def h1():
    mid = b()
    h2()

async def sub():
    s = a()

    h1()

async def main():
    top = [d(), c()]
    await sub()

asyncio.run(main())
