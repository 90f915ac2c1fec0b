import asyncio

async def b():
    pass

async def c():
    pass

def h2():
    z = c()
    raise ValueError("h2")

def h1():
    y = b()
    h2()

async def main():
    h1()

asyncio.run(main())
