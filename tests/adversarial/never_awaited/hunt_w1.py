import asyncio

async def a():
    pass

async def b():
    pass

async def c():
    pass

def h1():
    mid = b()
    raise ValueError("h1")

async def sub():
    s = a()
    h1()

async def main():
    top = [c()]
    await sub()

asyncio.run(main())
