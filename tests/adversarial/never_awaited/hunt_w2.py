import asyncio

async def b():
    pass

async def c():
    pass

def h1():
    mid = b()
    raise ValueError("h1")

async def main():
    top = [c()]
    h1()

asyncio.run(main())
