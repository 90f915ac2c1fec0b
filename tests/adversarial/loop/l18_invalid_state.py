import asyncio


async def w():
    await asyncio.sleep(0)
    return 1


async def main():
    t = asyncio.create_task(w())
    try:
        t.result()
    except Exception as e:
        print(type(e).__name__, e)
    try:
        t.exception()
    except Exception as e:
        print(type(e).__name__, e)
    await t
    print(t.result(), t.exception())


asyncio.run(main())
