import asyncio

def guarded(name):
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print(name, "cleanup")

async def by_break():
    for x in guarded("break"):
        print("break saw", x)
        if x == 2:
            break
    print("after break loop")

async def by_return():
    for x in guarded("return"):
        print("return saw", x)
        await asyncio.sleep(0)
        return x
    print("unreachable")

async def by_raise():
    try:
        for x in guarded("raise"):
            raise KeyError(x)
    except KeyError as e:
        print("caught", repr(e))

async def main():
    await by_break()
    print("ret", await by_return())
    await by_raise()
    print("done")

asyncio.run(main())
