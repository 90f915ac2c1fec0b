import asyncio
async def foo(): return 1
async def bar(): return 2
async def baz(): return 3
async def inner():
    c = foo()
    await asyncio.sleep(0)
    raise ValueError("x")
async def main():
    d = bar()
    await inner()
asyncio.run(main())
