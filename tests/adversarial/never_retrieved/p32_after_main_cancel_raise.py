import asyncio


async def stubborn(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        raise ValueError(name)


async def main():
    t = asyncio.create_task(stubborn("kept"))
    asyncio.create_task(stubborn("unstored"))
    await asyncio.sleep(0.1)
    print("main done")


asyncio.run(main())
