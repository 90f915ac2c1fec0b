import asyncio
async def foo(): return 1
async def bar(): return 2
async def baz(): return 3
async def qux(): return 4
def helper():
    c1 = foo()
    c2 = qux()
    raise ValueError("x")
async def main():
    d1 = bar()
    d2 = baz()
    helper()
asyncio.run(main())
