import asyncio

def items():
    try:
        for i in range(100):
            yield i
    finally:
        print("items finally")

async def consume():
    try:
        for x in items():
            print("got", x)
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("consume cancelled")
        raise

async def main():
    t = asyncio.create_task(consume())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main saw cancel")
    g = items()
    next(g)
    del g
    print("after del")
    g = items()
    next(g)
    g = None
    print("after rebind")

asyncio.run(main())
