import asyncio


async def failing():
    await asyncio.sleep(0)
    raise KeyError("k")


async def steady(n):
    for i in range(n):
        await asyncio.sleep(0)
        print("steady", i)
    return n


async def main():
    try:
        await asyncio.gather(steady(4), failing(), steady(2))
    except KeyError as e:
        print("caught", repr(e))
    print("after gather")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("end")


asyncio.run(main())
