import asyncio


async def slow():
    await asyncio.sleep(0.01)
    return 5


async def main():
    t = asyncio.create_task(slow())
    for what in ["result", "exception"]:
        try:
            if what == "result":
                t.result()
            else:
                t.exception()
        except Exception as e:
            print(what, type(e).__name__, repr(e), "[" + str(e) + "]")
    print(await t, t.exception())
    print(await asyncio.sleep(0), await asyncio.sleep(0.01))
    t.cancel()
    print(t.cancelled(), t.result())


asyncio.run(main())
