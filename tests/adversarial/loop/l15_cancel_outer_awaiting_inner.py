import asyncio


async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner cancelled")
        raise


async def outer(t):
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancelled")
        raise


async def main():
    i = asyncio.create_task(inner())
    o = asyncio.create_task(outer(i))
    await asyncio.sleep(0)
    o.cancel()
    await asyncio.sleep(0)
    print(i.done(), i.cancelled(), o.done(), o.cancelled())
    await asyncio.sleep(0)
    print(i.done(), i.cancelled(), o.done(), o.cancelled())


asyncio.run(main())
