import asyncio


async def f():
    await asyncio.sleep(0)
    return 5


async def main():
    c = f()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print(e)
    d = f()
    t = asyncio.create_task(d)
    await asyncio.sleep(0)
    try:
        await d
    except RuntimeError as e:
        print(e)
    print(await t)


asyncio.run(main())
