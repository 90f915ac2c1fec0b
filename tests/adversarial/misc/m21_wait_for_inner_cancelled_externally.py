import asyncio


async def slow():
    try:
        await asyncio.sleep(1)
    finally:
        print("slow finally")


async def canceller(t):
    await asyncio.sleep(0.01)
    print("cancelling inner")
    t.cancel()


async def main():
    t = asyncio.create_task(slow())
    asyncio.create_task(canceller(t))
    try:
        await asyncio.wait_for(t, 0.5)
    except asyncio.CancelledError:
        print("wait_for raised CancelledError")
    except asyncio.TimeoutError:
        print("wait_for raised TimeoutError")
    print(t.cancelled())


asyncio.run(main())
