import asyncio
async def foo(): return 1
async def bar(): return 2
async def baz(): return 3
async def qux(): return 4
def helper():
    c1 = [foo(), qux()]
    c2 = bar()
    raise ValueError("x")
async def main():
    d1 = [baz()]
    helper()
asyncio.run(main())
