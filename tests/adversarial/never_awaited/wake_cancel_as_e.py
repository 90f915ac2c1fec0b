import asyncio

async def foo():
    return 1

async def waiter(x):
    await asyncio.sleep(10)

async def main():
    t = asyncio.create_task(waiter(foo()))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled", repr(e))
    print("after")
    t = None
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
