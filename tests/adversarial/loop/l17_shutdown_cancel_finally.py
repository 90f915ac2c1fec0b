import asyncio


async def lingering():
    try:
        print("lingering start")
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("lingering cancelled")
        await asyncio.sleep(0)
        print("lingering cleanup after sleep")
        return "cleaned"
    finally:
        print("lingering finally")


async def main():
    asyncio.create_task(lingering())
    await asyncio.sleep(0)
    print("main returns")


asyncio.run(main())
