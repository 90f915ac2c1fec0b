import asyncio

async def foo():
    return 1

async def bad(x):
    await asyncio.sleep(0.1)
    raise ValueError("bad")

async def main():
    t = asyncio.create_task(bad(foo()))
    try:
        await t
    except ValueError:
        print("caught")
        t = None
        print("rebound")
    print("after")

asyncio.run(main())
