import asyncio


def head(t):
    return repr(t).split(' coro=')[0]


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("swallowed")
    await asyncio.sleep(0.01)
    return "survived"


async def main():
    t = asyncio.create_task(stubborn(), name="st")
    await asyncio.sleep(0)
    t.cancel()
    print(head(t))
    await asyncio.sleep(0)
    print(head(t), t.done(), t.cancelled())
    print(await t)
    print(head(t), t.cancelled())


asyncio.run(main())
