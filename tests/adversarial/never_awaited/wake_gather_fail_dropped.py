import asyncio

async def foo():
    return 1

async def bad(x, d):
    await asyncio.sleep(d)
    raise KeyError(d)

async def main():
    try:
        await asyncio.gather(bad(foo(), 0.1), bad(foo(), 0.2))
    except KeyError as e:
        print("caught", e)
    print("between")
    await asyncio.sleep(0.5)
    print("end")

asyncio.run(main())
