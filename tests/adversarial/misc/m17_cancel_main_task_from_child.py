import asyncio


async def killer(target):
    await asyncio.sleep(0.01)
    print("killer cancels main:", target.cancel())


async def main():
    asyncio.create_task(killer(asyncio.current_task()))
    try:
        await asyncio.sleep(1)
    finally:
        print("main finally")


asyncio.run(main())
