import asyncio

async def ag():
    x = yield 1
    y = await asyncio.sleep(0, result=x)
    yield y
    return

async def main():
    g = ag()
    print(await g.__anext__())
    print(await g.asend(5))

asyncio.run(main())
