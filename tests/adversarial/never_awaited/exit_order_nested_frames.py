import asyncio
async def foo(): return 1
async def bar(): return 2
async def baz(): return 3
def helper2():
    c = foo()
    raise ValueError("x")
def helper1():
    e = baz()
    helper2()
async def main():
    d = bar()
    helper1()
asyncio.run(main())
