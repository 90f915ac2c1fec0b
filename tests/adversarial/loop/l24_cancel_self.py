import asyncio


async def selfish():
    me = asyncio.current_task()
    print(me.cancel())
    print("still running", me.cancelled())
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError:
        print("cancelled at await")
    await asyncio.sleep(0)
    return "survived"


async def main():
    t = asyncio.create_task(selfish())
    print(await t, t.cancelled())


asyncio.run(main())
