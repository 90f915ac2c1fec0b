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
    await asyncio.sleep(0)
    h1()

async def main():
    pass
    await sub()

asyncio.run(main())
