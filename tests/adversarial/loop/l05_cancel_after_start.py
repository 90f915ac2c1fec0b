import asyncio


async def w():
    try:
        print("w started")
        await asyncio.sleep(1)
    finally:
        print("w finally")


async def main():
    t = asyncio.create_task(w())
    await asyncio.sleep(0)
    print(t.cancel(), t.done(), t.cancelled())
    print(t.cancel("again"))
    await asyncio.sleep(0)
    print(t.done(), t.cancelled())
    try:
        await t
    except asyncio.CancelledError as e:
        print("await raises", repr(e), e.args)


asyncio.run(main())
