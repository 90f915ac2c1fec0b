import asyncio


async def later():
    try:
        raise
    except RuntimeError as e:
        print("task:", e)
    return "ok"


async def main():
    try:
        raise ValueError("main's")
    except ValueError:
        t = asyncio.create_task(later())
        await asyncio.sleep(0)
        print("main still handling")
    print(await t)


asyncio.run(main())
