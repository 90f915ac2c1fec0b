import asyncio


async def a(name):
    try:
        await asyncio.sleep(1)
        return name
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise


async def main():
    g = asyncio.gather(a("x"), a("y"), return_exceptions=True)
    await asyncio.sleep(0)
    print(g.cancel())
    try:
        r = await g
        print("result", r)
    except asyncio.CancelledError:
        print("outer cancelled")
    print(g.done(), g.cancelled())


asyncio.run(main())
