import asyncio

async def a():
    pass

async def c():
    pass

async def sub():
    s = a()
    raise ValueError("sub")

async def main():
    top = [c()]
    await sub()

asyncio.run(main())
