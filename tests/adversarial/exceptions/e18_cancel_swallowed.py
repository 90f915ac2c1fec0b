import asyncio


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("got", repr(e), e.args)
        return "refused"
    return "slept"


async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    print(t.cancel("please"))
    r = await t
    print(r, t.cancelled(), t.done(), t.result())
    u = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    u.cancel()
    print(await u)


asyncio.run(main())
