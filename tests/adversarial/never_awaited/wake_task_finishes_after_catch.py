import asyncio

async def foo():
    return 1

async def waiter(x):
    await asyncio.sleep(10)

async def worker():
    t = asyncio.create_task(waiter(foo()))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("worker caught")
    t = None
    return "ok"

async def main():
    print(await asyncio.create_task(worker()))
    print("end")

asyncio.run(main())
