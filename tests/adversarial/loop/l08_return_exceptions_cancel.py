import asyncio


async def sleeper():
    await asyncio.sleep(1)
    return "slept"


async def ok():
    await asyncio.sleep(0)
    return "ok"


async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    t.cancel()
    res = await asyncio.gather(t, ok(), return_exceptions=True)
    print(res, [type(r).__name__ for r in res])
    u = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    u.cancel("msg")
    res = await asyncio.gather(ok(), u, return_exceptions=True)
    print(res)
    v = asyncio.create_task(sleeper())
    await asyncio.sleep(0)
    v.cancel()
    try:
        await asyncio.gather(v, ok())
    except asyncio.CancelledError as e:
        print("gather raised", repr(e))


asyncio.run(main())
