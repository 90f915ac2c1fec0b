import asyncio


async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0)


async def val():
    return 7


async def main():
    d = asyncio.create_task(val())
    await asyncio.sleep(0)
    asyncio.create_task(ticker())
    print("a", await d)
    print("b", await d)
    print("c", await d)
    await asyncio.sleep(0)
    print("d", await d)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)


asyncio.run(main())
