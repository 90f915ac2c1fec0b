import asyncio


async def w():
    await asyncio.sleep(5)


async def main():
    t = asyncio.create_task(w())
    await asyncio.sleep(0)
    t.cancel()
    print("awaiting")
    await t
    print("unreachable")


asyncio.run(main())
