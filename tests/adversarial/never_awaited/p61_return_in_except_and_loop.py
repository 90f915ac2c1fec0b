import asyncio

async def foo():
    return 1

def helper():
    c = foo()
    raise ValueError("x")

async def inner():
    try:
        helper()
    except ValueError:
        print("caught")
        return 5
    print("never")

async def loopy():
    for c in [foo(), foo()]:
        print("got one")
        return 3

async def main():
    r = await inner()
    print("r", r)
    s = await loopy()
    print("s", s)

asyncio.run(main())
