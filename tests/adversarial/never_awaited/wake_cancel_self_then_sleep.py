import asyncio

async def foo():
    return 1

async def child(x):
    try:
        await asyncio.sleep(1)
    finally:
        print("child finally")

async def main():
    t = asyncio.create_task(child(foo()))
    await asyncio.sleep(0.1)
    t.cancel("stop")
    try:
        await t
    except asyncio.CancelledError:
        print("main saw cancel")
        t = None
        await asyncio.sleep(0)
        print("handler slept")
    print("end")

asyncio.run(main())
